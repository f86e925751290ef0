package org.matbank.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.matbank.shared.Ids;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Link;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates, versions and finds templates. A stored version never changes, so versions are cached
 * for the validation of records, which reads them constantly.
 */
@Service
public class TemplateService {

    private final TemplateRepository repository;
    private final Map<String, Template> versionCache = new ConcurrentHashMap<>();
    // id#version and link -> latest version, for everyone; they never hold an uncommitted template:
    // a transaction that writes templates caches in its own maps (WriterCache), and the shared latest
    // map is cleared when such a transaction ends, with a generation count so that a read racing
    // that end is not cached (stored versions never change, so versionCache needs no clearing)
    private final Map<Link, Template> latestCache = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final Object writerCacheKey = new Object();

    TemplateService(TemplateRepository repository) {
        this.repository = repository;
    }

    /** Stores a new template as version 1. */
    @Transactional
    public Template create(Template template) {
        writing();
        ResolvedSlots slots = check(template, null);
        Template stored = template.stored(Ids.next(), 1, slots.properties(), slots.conditions(), slots.parameters(), Instant.now());
        repository.insert(stored);
        repository.replaceUids(stored.id(), stored.uids());
        return stored;
    }

    /** Stores a new version of a template; the caller names the version it changed. */
    @Transactional
    public Template update(UUID id, Template template, int expectedVersion) {
        writing();
        int current = repository.latestVersion(id)
                .orElseThrow(() -> notFound("id", id));
        if (current != expectedVersion) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("version", "version.stale",
                    expectedVersion, "template " + id + " is at version " + current + "; reload and apply your change again"));
        }
        Template previous = get(id, current);
        if (previous.type() != template.type()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("type", "template.kind.changed",
                    template.type() == null ? null : template.type().json(), "a template keeps its kind: " + previous.type().json()));
        }
        ResolvedSlots slots = check(template, id);
        Template stored = template.stored(id, current + 1, slots.properties(), slots.conditions(), slots.parameters(), Instant.now());
        repository.insert(stored);
        repository.replaceUids(id, stored.uids());
        return stored;
    }

    /** The latest version of a template. */
    public Template get(UUID id) {
        int version = repository.latestVersion(id).orElseThrow(() -> notFound("id", id));
        return get(id, version);
    }

    /** One version of a template. */
    public Template get(UUID id, int version) {
        return find(id, version).orElseThrow(() -> notFound("version", id + " v" + version));
    }

    /** One version of a template, if it exists. */
    public Optional<Template> find(UUID id, int version) {
        String key = id + "#" + version;
        WriterCache own = writerCache();
        Map<String, Template> cache = own != null ? own.versions() : versionCache;
        Template cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Template> found = repository.find(id, version);
        found.ifPresent(t -> cache.put(key, t));
        return found;
    }

    /** Resolves a link (platform id or external id) to a template version; the latest when version is null. */
    public Optional<Template> resolve(Link link, Integer version) {
        if (link == null || link.scope() == null || link.id() == null) {
            return Optional.empty();
        }
        WriterCache own = writerCache();
        Map<Link, Template> cache = own != null ? own.latest() : latestCache;
        long seen = generation.get();
        Template latest = cache.get(link);
        if (latest == null) {
            Optional<UUID> id = link.isPlatform() ? Optional.ofNullable(link.platformId())
                    : repository.idOfUid(link.scope(), link.id());
            Optional<Template> found = id.flatMap(repository::latestVersion).flatMap(n -> find(id.get(), n));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            latest = found.get();
            if (own != null || seen == generation.get()) {
                cache.put(link, latest);
            }
        }
        return version == null || version.equals(latest.version()) ? Optional.of(latest) : find(latest.id(), version);
    }

    /** What a transaction that writes templates has cached: it may hold templates nobody else can see yet. */
    private record WriterCache(Map<Link, Template> latest, Map<String, Template> versions) {
    }

    private WriterCache writerCache() {
        return (WriterCache) TransactionSynchronizationManager.getResource(writerCacheKey);
    }

    /** Called by every template write: this transaction caches on its own until it ends. */
    private void writing() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            generation.incrementAndGet();
            latestCache.clear();
            return;
        }
        WriterCache own = writerCache();
        if (own != null) {
            own.latest().clear();   // versions never change once written; which one is latest may
            return;
        }
        TransactionSynchronizationManager.bindResource(writerCacheKey, new WriterCache(new HashMap<>(), new HashMap<>()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(writerCacheKey);
                generation.incrementAndGet();
                latestCache.clear();
            }
        });
    }

    /** Every version of every template, attribute templates first: what a whole-bank export carries. */
    public List<Template> allVersions() {
        return repository.allVersions();
    }

    /**
     * Stores a template version exported by a MatBank, keeping its id and version (records refer
     * to both). Returns false when that version is already here. Its external ids follow the
     * latest version.
     */
    @Transactional
    public boolean restore(Template exported) {
        writing();
        if (exported.id() == null || exported.version() == null) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("id", "template.id.missing", null,
                    "an exported template carries its id and version"));
        }
        if (repository.find(exported.id(), exported.version()).isPresent()) {
            return false;
        }
        List<Violation> violations = TemplateChecks.shape(exported);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, violations);
        }
        repository.insert(exported.createdAt() == null ? exported.stored(exported.id(), exported.version(),
                exported.properties(), exported.conditions(), exported.parameters(), Instant.now()) : exported);
        if (repository.latestVersion(exported.id()).orElse(0) <= exported.version()) {
            repository.replaceUids(exported.id(), exported.uids());
        }
        return true;
    }

    /** The latest version of every template, optionally of one kind, sorted by name. */
    public List<Template> list(TemplateKind kind) {
        return repository.listLatest(kind == null ? null : kind.json());
    }

    /** Every version of one template, oldest first. */
    public List<Template> versions(UUID id) {
        List<Template> all = repository.versions(id);
        if (all.isEmpty()) {
            throw notFound("id", id);
        }
        return all;
    }

    private record ResolvedSlots(List<AttributeSlot> properties, List<AttributeSlot> conditions, List<AttributeSlot> parameters) {
    }

    private ResolvedSlots check(Template template, UUID self) {
        List<Violation> violations = new ArrayList<>(TemplateChecks.shape(template));
        template.uids().forEach((scope, uid) -> repository.idOfUid(scope, uid)
                .filter(owner -> !owner.equals(self))
                .ifPresent(owner -> violations.add(new Violation("uids." + scope, "uid.duplicate", uid,
                        "external id " + scope + ":" + uid + " already names template " + owner))));
        ResolvedSlots resolved = new ResolvedSlots(
                resolveSlots(template.properties(), TemplateKind.PROPERTY_TEMPLATE, violations),
                resolveSlots(template.conditions(), TemplateKind.CONDITION_TEMPLATE, violations),
                resolveSlots(template.parameters(), TemplateKind.PARAMETER_TEMPLATE, violations));
        if (!violations.isEmpty()) {
            boolean conflict = violations.stream().allMatch(v -> v.rule().equals("uid.duplicate"));
            throw new InvalidInputException(conflict ? Problem.CONFLICT : Problem.INVALID, violations);
        }
        return resolved;
    }

    private List<AttributeSlot> resolveSlots(List<AttributeSlot> slots, TemplateKind kind, List<Violation> violations) {
        String field = switch (kind) {
            case PROPERTY_TEMPLATE -> "properties";
            case CONDITION_TEMPLATE -> "conditions";
            default -> "parameters";
        };
        List<AttributeSlot> resolved = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            AttributeSlot slot = slots.get(i);
            String path = field + "[" + i + "]";
            Optional<Template> target = resolve(slot.template(), slot.templateVersion());
            if (target.isEmpty()) {
                violations.add(new Violation(path + ".template", "template.unknown", String.valueOf(slot.template()),
                        "no " + kind.json() + " is known by this link"));
                continue;
            }
            Template attribute = target.get();
            violations.addAll(TemplateChecks.slot(path, slot, attribute, kind));
            resolved.add(new AttributeSlot(Link.platform(attribute.id()), attribute.version(), slot.bounds(), slot.required()));
        }
        return resolved;
    }

    private static InvalidInputException notFound(String field, Object value) {
        return new InvalidInputException(Problem.NOT_FOUND, new Violation(field, "template.not-found", String.valueOf(value),
                "no template with this " + field));
    }
}
