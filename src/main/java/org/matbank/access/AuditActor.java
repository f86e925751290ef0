package org.matbank.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who an audit event is about as its actor, and from which address.
 *
 * @param name    {@link Caller#describe()}, {@code anonymous} or {@code system}
 * @param userId  the acting user, if any
 * @param address the client address, if the action came over HTTP
 */
public record AuditActor(String name, UUID userId, String address) {

    /** The command line on the data folder, or MatBank itself (e.g. creating the first administrator). */
    public static final AuditActor SYSTEM = new AuditActor("system", null, null);

    /**
     * The caller of the HTTP request being served on this thread, or {@link #SYSTEM} outside one.
     * Read from the request rather than passed down through every service method: the request is
     * where the caller and the address are known for certain, and a method that forgot to pass them
     * on would otherwise record a wrong actor.
     */
    public static AuditActor current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return SYSTEM;
        }
        HttpServletRequest request = attributes.getRequest();
        return Caller.of(request).map(c -> new AuditActor(c.describe(), c.userId(), request.getRemoteAddr()))
                .orElseGet(() -> new AuditActor("anonymous", null, request.getRemoteAddr()));
    }
}
