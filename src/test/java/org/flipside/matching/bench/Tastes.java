package org.flipside.matching.bench;

import java.util.List;

/**
 * What a realistic cohort wants, offers and likes, ranked by popularity. Codes are the shipped skill taxonomy's
 * (V9__profile.sql). Seniors mostly want generative AI and social media; juniors offer collaboration tools and social
 * media readily, generative AI less often, and rarely the leadership topics.
 */
final class Tastes {

    static final List<String> SENIORS_WANT = List.of("generative-ai-basics", "short-video", "prompt-writing",
            "personal-brand", "professional-networking", "ai-risks", "chat-workspaces", "younger-customer-habits",
            "early-career-expectations", "content-planning", "social-listening", "data-visualisation",
            "no-code-automation", "employer-branding", "hybrid-meetings", "automation-opportunities",
            "spotting-misinformation", "generational-perspectives", "virtual-whiteboards", "async-work",
            "online-reviews", "e-commerce-trends", "community-management", "dashboard-reading", "video-editing",
            "inclusive-language", "neurodiversity-awareness", "mobile-productivity", "data-privacy",
            "digital-customer-journey", "user-research", "online-etiquette", "task-boards", "shared-documents",
            "video-meetings", "cloud-files", "password-hygiene", "customer-communities", "accessibility-basics",
            "wellbeing-conversations", "receiving-feedback", "purpose-driven-work", "flexible-work-leadership",
            "statistics-basics", "online-research", "calendar-management", "presentation-design",
            "spreadsheet-formulas", "cross-cultural-work", "bias-awareness", "allyship", "remote-onboarding",
            "service-design", "voice-of-customer", "storytelling", "giving-feedback", "coaching-conversations",
            "change-communication", "decision-making", "delegation");

    static final List<String> JUNIORS_OFFER = List.of("chat-workspaces", "short-video", "shared-documents",
            "video-meetings", "mobile-productivity", "professional-networking", "cloud-files", "content-planning",
            "virtual-whiteboards", "task-boards", "online-research", "video-editing", "prompt-writing",
            "early-career-expectations", "presentation-design", "generative-ai-basics", "younger-customer-habits",
            "online-etiquette", "personal-brand", "spreadsheet-formulas", "async-work", "password-hygiene",
            "social-listening", "community-management", "e-commerce-trends", "inclusive-language",
            "generational-perspectives", "no-code-automation", "data-visualisation", "spotting-misinformation",
            "hybrid-meetings", "remote-onboarding", "calendar-management", "online-reviews", "user-research",
            "dashboard-reading", "ai-risks", "wellbeing-conversations", "neurodiversity-awareness",
            "accessibility-basics", "digital-customer-journey", "customer-communities", "employer-branding",
            "data-privacy", "statistics-basics", "automation-opportunities", "cross-cultural-work", "bias-awareness",
            "allyship", "receiving-feedback", "purpose-driven-work", "storytelling", "service-design",
            "voice-of-customer", "flexible-work-leadership", "giving-feedback", "coaching-conversations",
            "change-communication", "decision-making", "delegation");

    static final List<String> INTERESTS = List.of("podcasts", "running", "cooking", "travel", "music festivals",
            "photography", "hiking", "gaming", "football", "yoga", "reading novels", "cycling", "board games",
            "gardening", "jazz", "climbing", "films", "tennis", "baking", "sailing", "chess", "painting", "swimming",
            "volunteering", "theatre", "languages", "history", "wine", "coffee", "skiing", "basketball", "poetry",
            "camping", "knitting", "astronomy", "birdwatching", "motorbikes", "vinyl records", "stand-up comedy",
            "dancing", "fishing", "sketching", "urban gardening", "esports", "anime", "street food", "museums",
            "marathons", "triathlon", "pottery", "electronic music", "opera", "woodworking", "surfing", "rowing",
            "karaoke", "crosswords", "science fiction", "architecture", "sustainability");

    static final List<String> TOPICS = List.of("Social media", "AI tools", "Gaming", "Online shopping",
            "Remote work", "Wellbeing", "Sustainability", "Video content");

    private Tastes() {
    }
}
