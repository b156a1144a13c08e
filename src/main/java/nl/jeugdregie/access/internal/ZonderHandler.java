package nl.jeugdregie.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request that no controller takes: a path that does not exist, or a method the path
 * does not take. Deny-by-default answered those with 403, as if something were there; let through,
 * they get their honest 404 or 405 — nothing is behind them to protect.
 */
final class ZonderHandler implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    ZonderHandler(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        Object eerder = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            return mapping.getHandler(request) == null;
        } catch (HttpRequestMethodNotSupportedException e) {
            return true;
        } catch (Exception e) {
            // another condition (content type, parameters) does not fit: the path and method exist, so the rules decide
            return false;
        } finally {
            if (eerder == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, eerder);
            }
        }
    }
}
