package org.matbank.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Link;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standard template packs shipped with MatBank ({@code templates/packs/*.json}), loadable by
 * name. Loading is idempotent: a template whose external id already names a template that is
 * unchanged is skipped, a changed one gets a new template version, a missing one is created.
 * A pack's {@code requires} are loaded first, in the same transaction: all or nothing.
 */
@Service
public class TemplatePacks {

    /** The scope of the external ids of every standard template. */
    public static final String SCOPE = "matbank-std";

    private static final String LOCATION = "classpath*:templates/packs/*.json";

    private final TemplateService templates;
    private final Map<String, TemplatePack> packs;
    private final Map<String, String> texts;

    /** A shipped pack as listed: what it is, without its templates. */
    public record PackInfo(String name, int version, Map<String, String> labels, String description,
            List<String> requires, List<String> processChain, int templateCount) {
    }

    /**
     * What one load did, by external id ({@value #SCOPE} scope).
     *
     * @param packs the packs loaded, requirements first
     */
    public record LoadSummary(String pack, int version, List<String> packs, List<String> created, List<String> updated,
            List<String> unchanged) {
    }

    TemplatePacks(TemplateService templates, JsonMapper json) {
        this.templates = templates;
        Map<String, TemplatePack> read = new TreeMap<>();
        Map<String, String> raw = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String file = Objects.requireNonNull(resource.getFilename());
                String text;
                try (InputStream in = resource.getInputStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                TemplatePack pack = json.readValue(text, TemplatePack.class);
                if (!file.equals(pack.name() + ".json")) {
                    throw new IllegalStateException("template pack " + file + " is named '" + pack.name() + "'");
                }
                read.put(pack.name(), pack);
                raw.put(pack.name(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template packs", e);
        }
        this.packs = Collections.unmodifiableMap(read);
        this.texts = Map.copyOf(raw);
        read.values().forEach(pack -> order(pack.name()));
    }

    /** Every shipped pack, by name. */
    public List<PackInfo> list() {
        return packs.values().stream().map(p -> new PackInfo(p.name(), p.version(), p.labels(), p.description(),
                p.requires(), p.processChain(), p.templates().size())).toList();
    }

    /** The JSON of a shipped pack, as shipped. */
    public String json(String name) {
        pack(name);
        return texts.get(name);
    }

    /** Loads a pack and the packs it requires; see the class comment. */
    @Transactional
    public LoadSummary load(String name) {
        TemplatePack pack = pack(name);
        List<String> order = order(name);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String packName : order) {
            for (Template wanted : packs.get(packName).templates()) {
                String uid = wanted.uids().get(SCOPE);
                if (uid == null) {
                    throw new IllegalStateException("a template of pack " + packName + " has no " + SCOPE + " id: " + wanted.name());
                }
                Optional<Template> stored = templates.resolve(new Link(SCOPE, uid), null);
                if (stored.isEmpty()) {
                    templates.create(wanted);
                    created.add(uid);
                    continue;
                }
                Template current = stored.get();
                Template merged = withUids(wanted, merge(current.uids(), wanted.uids()));
                if (same(current, merged)) {
                    unchanged.add(uid);
                } else {
                    templates.update(current.id(), merged, current.version());
                    updated.add(uid);
                }
            }
        }
        return new LoadSummary(pack.name(), pack.version(), order, created, updated, unchanged);
    }

    TemplatePack pack(String name) {
        TemplatePack pack = name == null ? null : packs.get(name);
        if (pack == null) {
            throw new InvalidInputException(Problem.NOT_FOUND, new Violation("name", "template-pack.not-found", name,
                    "no template pack is named '" + name + "'; shipped packs: " + String.join(", ", packs.keySet())));
        }
        return pack;
    }

    // the pack and everything it requires, requirements first; a cycle or an unknown pack is a packaging bug
    private List<String> order(String name) {
        Set<String> done = new LinkedHashSet<>();
        visit(name, done, new LinkedHashSet<>());
        return List.copyOf(done);
    }

    private void visit(String name, Set<String> done, Set<String> path) {
        if (done.contains(name)) {
            return;
        }
        if (!path.add(name)) {
            throw new IllegalStateException("template packs require each other in a cycle: " + path + " -> " + name);
        }
        TemplatePack pack = packs.get(name);
        if (pack == null) {
            throw new IllegalStateException("a template pack requires '" + name + "', which is not shipped");
        }
        pack.requires().forEach(required -> visit(required, done, path));
        path.remove(name);
        done.add(name);
    }

    private static Map<String, String> merge(Map<String, String> stored, Map<String, String> wanted) {
        Map<String, String> merged = new LinkedHashMap<>(stored);
        merged.putAll(wanted);
        return merged;
    }

    private static Template withUids(Template t, Map<String, String> uids) {
        return new Template(null, null, t.type(), t.name(), uids, t.labels(), t.description(), t.tags(), t.bounds(),
                t.properties(), t.conditions(), t.parameters(), t.allowedNames(), t.allowedLabels(), t.author(), null);
    }

    // unchanged: same definition, and every slot still names the latest version of its attribute template
    private boolean same(Template stored, Template wanted) {
        return stored.type() == wanted.type()
                && Objects.equals(stored.name(), wanted.name())
                && stored.uids().equals(wanted.uids())
                && stored.labels().equals(wanted.labels())
                && Objects.equals(stored.description(), wanted.description())
                && stored.tags().equals(wanted.tags())
                && Objects.equals(stored.bounds(), wanted.bounds())
                && stored.allowedNames().equals(wanted.allowedNames())
                && stored.allowedLabels().equals(wanted.allowedLabels())
                && Objects.equals(stored.author(), wanted.author())
                && sameSlots(stored.properties(), wanted.properties())
                && sameSlots(stored.conditions(), wanted.conditions())
                && sameSlots(stored.parameters(), wanted.parameters());
    }

    private boolean sameSlots(List<AttributeSlot> stored, List<AttributeSlot> wanted) {
        if (stored.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            AttributeSlot s = stored.get(i);
            AttributeSlot w = wanted.get(i);
            Optional<Template> target = templates.resolve(w.template(), w.templateVersion());
            if (target.isEmpty()
                    || !target.get().id().toString().equals(s.template().id())
                    || !target.get().version().equals(s.templateVersion())
                    || !Objects.equals(s.bounds(), w.bounds())
                    || !Objects.equals(s.required(), w.required())) {
                return false;
            }
        }
        return true;
    }
}
