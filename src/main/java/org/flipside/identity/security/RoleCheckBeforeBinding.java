package org.flipside.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller method's {@code @PreAuthorize} role rule before Spring MVC reads the request's parameters and
 * body. Method security proper runs only when the method is invoked, after binding, so a caller without the role who
 * sent malformed input got 400 (with the validation details) instead of 403. Method security still runs afterwards
 * and stays the authority; rules that refer to method arguments ({@code #name}) are left to it alone.
 */
@Configuration(proxyBeanMethods = false)
class RoleCheckBeforeBinding implements WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    RoleCheckBeforeBinding(ApplicationContext context) {
        rules.setApplicationContext(context);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    check(method);
                }
                return true;
            }
        });
    }

    private void check(HandlerMethod method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (rule == null || rule.value().contains("#")) {
            return;
        }
        SimpleMethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                new Object[method.getMethodParameters().length]);
        AuthorizationResult result = rules.authorize(
                () -> SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication(), invocation);
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Access Denied");
        }
    }
}
