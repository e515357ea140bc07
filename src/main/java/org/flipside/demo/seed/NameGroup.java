package org.flipside.demo.seed;

import java.util.List;
import java.util.Random;

/**
 * Given and family names that belong together, with languages people of that background often also speak.
 * The lists are invented for the demo; any resemblance to real people is chance.
 */
record NameGroup(List<String> givenNames, List<String> familyNames, List<String> heritageLanguages) {

    static final NameGroup ANGLO = new NameGroup(
            List.of("Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack", "Sophie", "Thomas", "Grace",
                    "James", "Charlotte", "William", "Lucy", "Daniel", "Hannah", "Samuel", "Chloe", "Liam", "Ella",
                    "Noah", "Ava", "Ethan", "Megan", "Rory", "Niamh", "Callum", "Freya"),
            List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Walker",
                    "Wright", "Thompson", "Clarke", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis",
                    "Murphy", "O'Brien", "Kelly", "Campbell", "Fraser", "Doyle"),
            List.of());
    static final NameGroup GERMAN = new NameGroup(
            List.of("Lukas", "Lea", "Jonas", "Hanna", "Felix", "Mia", "Leon", "Emma", "Paul", "Lena", "Maximilian",
                    "Sophie", "Jan", "Clara", "Tobias", "Marie", "Niklas", "Johanna", "Moritz", "Greta"),
            List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                    "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann",
                    "Krüger", "Hartmann"),
            List.of("German"));
    static final NameGroup BRAZILIAN = new NameGroup(
            List.of("João", "Maria", "Gabriel", "Ana", "Lucas", "Beatriz", "Rafael", "Juliana", "Pedro", "Larissa",
                    "Mateus", "Camila", "Thiago", "Fernanda", "Felipe", "Letícia", "Gustavo", "Mariana", "Bruno",
                    "Isabela"),
            List.of("Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues",
                    "Almeida", "Nascimento", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Barbosa", "Rocha", "Dias",
                    "Moreira", "Cardoso"),
            List.of("Portuguese"));
    static final NameGroup HISPANIC = new NameGroup(
            List.of("Carlos", "Sofía", "Diego", "Valentina", "Javier", "Lucía", "Alejandro", "Camila", "Miguel",
                    "Daniela", "Andrés", "Gabriela", "Luis", "Paula", "Mateo", "Elena"),
            List.of("García", "Martínez", "Rodríguez", "López", "Hernández", "González", "Pérez", "Sánchez", "Ramírez",
                    "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Reyes"),
            List.of("Spanish"));
    static final NameGroup CHINESE = new NameGroup(
            List.of("Wei", "Mei Ling", "Jun", "Xin Yi", "Hao", "Li Na", "Jia Hui", "Zhi Wei", "Siew Ling", "Kai",
                    "Yan", "Hui Min", "Jie", "Shu Fen"),
            List.of("Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Chen", "Wang",
                    "Liu", "Zhang", "Huang"),
            List.of("Mandarin", "Cantonese"));
    static final NameGroup INDIAN = new NameGroup(
            List.of("Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Divya", "Karthik", "Meera",
                    "Rahul", "Sneha", "Aditya", "Lakshmi", "Sanjay", "Pooja", "Nikhil", "Shreya", "Varun", "Deepa"),
            List.of("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Rao", "Menon", "Kumar", "Krishnan",
                    "Desai", "Mehta", "Joshi", "Bose", "Pillai", "Chatterjee", "Agarwal"),
            List.of("Hindi", "Tamil", "Gujarati", "Bengali"));
    static final NameGroup EAST_AFRICAN = new NameGroup(
            List.of("Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi", "Akinyi", "Kiprono", "Wambui",
                    "Omondi", "Chebet", "Baraka", "Amani", "Zawadi"),
            List.of("Odhiambo", "Kariuki", "Wanjiku", "Kimani", "Ochieng", "Mutua", "Njoroge", "Cheruiyot",
                    "Kiplagat", "Onyango", "Wafula", "Atieno", "Maina", "Chege"),
            List.of("Swahili"));
    static final NameGroup WEST_AFRICAN = new NameGroup(
            List.of("Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Amara", "Ikenna",
                    "Yetunde", "Kwame", "Ama", "Kofi", "Efua"),
            List.of("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Mensah", "Owusu",
                    "Boateng", "Asante", "Obi"),
            List.of("Yoruba", "Igbo", "Twi"));
    static final NameGroup ARABIC = new NameGroup(
            List.of("Omar", "Layla", "Youssef", "Amira", "Karim", "Nour", "Hassan", "Yasmin", "Tariq", "Rania",
                    "Samir", "Leila"),
            List.of("Haddad", "Khalil", "Nasser", "Mansour", "Saleh", "Aziz", "Hamdan", "Farouk", "Rahman", "Qureshi"),
            List.of("Arabic"));
    static final NameGroup POLISH = new NameGroup(
            List.of("Jakub", "Zuzanna", "Kacper", "Julia", "Mateusz", "Natalia", "Piotr", "Agnieszka", "Tomasz",
                    "Magdalena"),
            List.of("Nowak", "Wójcik", "Mazur", "Krawczyk", "Zając", "Król", "Wieczorek", "Sikora", "Baran", "Duda"),
            List.of("Polish"));
    static final NameGroup KOREAN = new NameGroup(
            List.of("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Soo-ah"),
            List.of("Kim", "Park", "Choi", "Jung", "Kang", "Yoon"),
            List.of("Korean"));
    static final NameGroup JAPANESE = new NameGroup(
            List.of("Haruto", "Yui", "Sota", "Aoi", "Ren", "Sakura", "Daiki", "Hina"),
            List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"),
            List.of("Japanese"));

    String givenName(Random random) {
        return givenNames.get(random.nextInt(givenNames.size()));
    }

    String familyName(Random random) {
        return familyNames.get(random.nextInt(familyNames.size()));
    }
}
