package dev.designassistant.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.brief.BriefRenderer;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.check.DesignChecks;
import dev.designassistant.check.DesignRule;
import dev.designassistant.review.ReviewTemplates;
import dev.designassistant.review.SourceText;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the suites of {@code evals/}: every file, every problem at once, each named by file and line (as the
 * template catalog does), so that nothing runs while any suite is wrong. Parameters are checked against the
 * template by rendering them; a planted defect's lines against its code file (they must exist and start and end on
 * a line with code); checklist items against the template's checklist; design-check codes against the rules.
 */
@ApplicationScoped
public class SuiteLoader {

    static final String SUFFIX = ".yaml";
    private static final Set<String> SUITE_KEYS = Set.of("description", "cases");
    private static final Set<String> COMMON_KEYS = Set.of("id", "template", "parameters", "description");
    private static final Set<String> BRIEF_KEYS = Set.of("contains-all", "contains-any", "not-contains", "regex",
            "design-checks", "min-length", "ledger");
    private static final Set<String> REVIEW_KEYS = Set.of("code", "findings", "max-false-positives", "clean");
    private static final Set<String> FINDING_KEYS = Set.of("item", "category", "lines", "note");
    private static final Pattern LINES = Pattern.compile("^\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?$");
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9._-]*$");

    private final Path dir;
    private final Catalog catalog;
    private final ReviewTemplates reviews;
    private final BriefRenderer renderer;

    @jakarta.inject.Inject
    public SuiteLoader(EvalConfig config, Catalog catalog, ReviewTemplates reviews, BriefRenderer renderer) {
        this(Path.of(config.dir()), catalog, reviews, renderer);
    }

    SuiteLoader(Path dir, Catalog catalog, ReviewTemplates reviews, BriefRenderer renderer) {
        this.dir = dir;
        this.catalog = catalog;
        this.reviews = reviews;
        this.renderer = renderer;
    }

    /** The folder the suites are read from. */
    public Path dir() {
        return dir;
    }

    /**
     * Every suite of the folder, by name order, or those named (still checking every file).
     *
     * @throws InvalidSuiteException any file has any problem, or a name is not a suite
     */
    public List<EvalSuite> load(List<String> names) {
        List<String> problems = new ArrayList<>();
        List<EvalSuite> suites = new ArrayList<>();
        List<Path> files = files(problems);
        for (Path file : files) {
            suites.add(new FileReader(dir.relativize(file).toString().replace('\\', '/'), problems).read(file));
        }
        Set<String> known = suites.stream().map(EvalSuite::name).collect(Collectors.toSet());
        for (String name : names == null ? List.<String>of() : names) {
            if (!known.contains(name)) {
                problems.add(dir + ": no suite '" + name + "'; the suites are " + String.join(", ", known.stream().sorted().toList()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSuiteException(problems);
        }
        return names == null || names.isEmpty() ? suites
                : suites.stream().filter(s -> names.contains(s.name())).toList();
    }

    private List<Path> files(List<String> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": the evaluation folder does not exist (assistant.eval.dir)");
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            problems.add(dir + ": cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    /** One file's reading: its problems go to the shared list, prefixed with its name and the line. */
    private final class FileReader {
        private final String file;
        private final List<String> problems;

        FileReader(String file, List<String> problems) {
            this.file = file;
            this.problems = problems;
        }

        private void problem(int line, String what) {
            problems.add(file + ":" + line + ": " + what);
        }

        EvalSuite read(Path path) {
            String name = path.getFileName().toString();
            name = name.substring(0, name.length() - SUFFIX.length());
            YamlNode root;
            try {
                root = YamlNode.parse(Files.readString(path, StandardCharsets.UTF_8));
            } catch (YamlNode.SyntaxException e) {
                problem(e.line, "not valid YAML: " + e.getMessage());
                return new EvalSuite(name, null, List.of());
            } catch (IOException e) {
                problem(1, "cannot be read: " + e.getMessage());
                return new EvalSuite(name, null, List.of());
            }
            if (root.map() == null) {
                problem(root.line(), "a suite is a mapping with 'cases' (and optionally 'description')");
                return new EvalSuite(name, null, List.of());
            }
            unknownKeys(root, SUITE_KEYS, "suite");
            YamlNode description = root.map().get("description");
            YamlNode cases = root.map().get("cases");
            List<EvalCase> read = new ArrayList<>();
            if (cases == null || cases.list() == null || cases.list().isEmpty()) {
                problem(cases == null ? root.line() : cases.line(), "'cases' must be a list of at least one case");
            } else {
                Set<String> ids = new HashSet<>();
                for (YamlNode c : cases.list()) {
                    caseOf(c).ifPresent(ec -> {
                        if (!ids.add(ec.id())) {
                            problem(c.line(), "case id '" + ec.id() + "' is used twice in this suite");
                        }
                        read.add(ec);
                    });
                }
            }
            return new EvalSuite(name, description == null ? null : description.scalar(), List.copyOf(read));
        }

        private void unknownKeys(YamlNode node, Set<String> allowed, String what) {
            node.map().forEach((k, v) -> {
                if (!allowed.contains(k)) {
                    problem(v.line(), "unknown key '" + k + "' in a " + what + "; allowed: "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
            });
        }

        private Optional<EvalCase> caseOf(YamlNode node) {
            if (node.map() == null) {
                problem(node.line(), "a case is a mapping with at least 'id' and 'template'");
                return Optional.empty();
            }
            Map<String, YamlNode> m = node.map();
            int before = problems.size();
            String id = requiredText(node, "id");
            if (id != null && !ID.matcher(id).matches()) {
                problem(m.get("id").line(), "case id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
            }
            String templateId = requiredText(node, "template");
            Optional<PromptTemplate> template = templateId == null ? Optional.empty() : catalog.find(templateId);
            if (templateId != null && template.isEmpty()) {
                problem(m.get("template").line(), "no template '" + templateId + "' in the catalog");
            }
            YamlNode params = m.get("parameters");
            if (params != null && params.map() == null) {
                problem(params.line(), "'parameters' must be a mapping of parameter names to values");
                params = null;
            }
            if (template.isEmpty()) {
                return Optional.empty();
            }
            boolean review = reviews.find(templateId).isPresent();
            Set<String> allowed = new HashSet<>(COMMON_KEYS);
            allowed.addAll(review ? REVIEW_KEYS : BRIEF_KEYS);
            unknownKeys(node, allowed, review ? "review case (template " + templateId + " is a code review)"
                    : "brief case");
            ObjectNode parameters = JsonNodeFactory.instance.objectNode();
            EvalCase result = review ? reviewCase(node, id, templateId, params, parameters)
                    : briefCase(node, id, template.get(), params, parameters);
            return problems.size() == before ? Optional.ofNullable(result) : Optional.empty();
        }

        private EvalCase briefCase(YamlNode node, String id, PromptTemplate template, YamlNode params,
                                   ObjectNode parameters) {
            Map<String, YamlNode> m = node.map();
            ObjectNode values = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                    .valueToTree(template.examples());
            if (params != null) {
                params.map().forEach((k, v) -> values.set(k, v.json()));
            }
            try {
                renderer.render(template.id(), values);
            } catch (InvalidParametersException e) {
                e.problems().forEach(p -> problem(params == null ? node.line() : lineOf(params, p.parameter()),
                        "parameter " + (p.parameter() == null ? "" : "'" + p.parameter() + "' ") + p.message()));
            }
            List<String> codes = texts(m.get("design-checks"), "design-checks");
            Set<String> known = DesignChecks.rules().stream().filter(r -> r.templateId().equals(template.id()))
                    .map(DesignRule::code).collect(Collectors.toSet());
            for (String code : codes) {
                if (!known.contains(code)) {
                    problem(m.get("design-checks").line(), "design check '" + code + "' is not a rule of template "
                            + template.id() + (known.isEmpty() ? " (it has none)" : "; its rules: "
                            + String.join(", ", known.stream().sorted().toList())));
                }
            }
            List<Pattern> regex = new ArrayList<>();
            for (String r : texts(m.get("regex"), "regex")) {
                try {
                    regex.add(Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE));
                } catch (PatternSyntaxException e) {
                    problem(m.get("regex").line(), "regex '" + r + "' does not compile: " + e.getDescription());
                }
            }
            int minLength = integer(m.get("min-length"), "min-length", 0);
            boolean ledger = bool(m.get("ledger"), "ledger");
            List<List<String>> all = terms(m.get("contains-all"), "contains-all");
            List<List<String>> any = terms(m.get("contains-any"), "contains-any");
            List<String> none = texts(m.get("not-contains"), "not-contains");
            if (all.isEmpty() && any.isEmpty() && none.isEmpty() && regex.isEmpty() && codes.isEmpty() && minLength == 0
                    && !ledger) {
                problem(node.line(), "brief case '" + id + "' asserts nothing: give at least one of "
                        + String.join(", ", BRIEF_KEYS.stream().sorted().toList()));
            }
            return new EvalCase(id, template.id(), values, null,
                    new BriefExpectations(all, any, none, List.copyOf(regex), codes, minLength, ledger), null);
        }

        private EvalCase reviewCase(YamlNode node, String id, String templateId, YamlNode params,
                                    ObjectNode parameters) {
            Map<String, YamlNode> m = node.map();
            if (params != null) {
                params.map().forEach((k, v) -> parameters.set(k, v.json()));
                if (params.map().containsKey("code")) {
                    problem(params.map().get("code").line(), "a review case's code comes from its file ('code:'), "
                            + "not from 'parameters'");
                }
            }
            String codePath = requiredText(node, "code");
            List<String> lines = null;
            if (codePath != null) {
                Path code = dir.resolve(codePath).normalize();
                if (!code.startsWith(dir.normalize()) || !Files.isRegularFile(code)) {
                    problem(m.get("code").line(), "code file '" + codePath + "' does not exist under " + dir);
                } else {
                    try {
                        String text = Files.readString(code, StandardCharsets.UTF_8);
                        lines = text.lines().toList();
                        parameters.put("code", SourceText.concatenate(List.of(new SourceText.File(codePath, text))));
                    } catch (IOException e) {
                        problem(m.get("code").line(), "code file '" + codePath + "' cannot be read: " + e.getMessage());
                    }
                }
            }
            boolean clean = bool(m.get("clean"), "clean");
            Integer maxFp = m.containsKey("max-false-positives")
                    ? integer(m.get("max-false-positives"), "max-false-positives", 0) : null;
            List<String> checklist = reviews.find(templateId).map(r -> r.checklist().texts()).orElse(List.of());
            List<PlantedDefect> defects = new ArrayList<>();
            YamlNode findings = m.get("findings");
            if (findings != null && findings.list() == null) {
                problem(findings.line(), "'findings' must be a list of planted defects");
            } else if (findings != null) {
                for (YamlNode f : findings.list()) {
                    defect(f, checklist, lines).ifPresent(defects::add);
                }
            }
            if (clean && !defects.isEmpty()) {
                problem(m.get("clean").line(), "a clean case plants no defect: remove 'findings' or 'clean: true'");
            }
            if (!clean && defects.isEmpty() && (findings == null || findings.list() == null || findings.list().isEmpty())) {
                problem(node.line(), "review case '" + id + "' plants no defect: list its 'findings' or say 'clean: true'");
            }
            String codeText = parameters.path("code").asText(null);
            return new EvalCase(id, templateId, parameters, codeText,
                    null, new ReviewExpectations(codePath, List.copyOf(defects), maxFp, clean));
        }

        private Optional<PlantedDefect> defect(YamlNode node, List<String> checklist, List<String> code) {
            if (node.map() == null) {
                problem(node.line(), "a planted defect is a mapping with 'item' or 'category', 'lines' and 'note'");
                return Optional.empty();
            }
            int before = problems.size();
            unknownKeys(node, FINDING_KEYS, "planted defect");
            Map<String, YamlNode> m = node.map();
            String item = m.containsKey("item") ? m.get("item").scalar() : null;
            String category = m.containsKey("category") ? m.get("category").scalar() : null;
            if ((item == null) == (category == null)) {
                problem(node.line(), "a planted defect names exactly one of 'item' (a checklist item) or 'category'");
            } else if (item != null && checklist.stream().noneMatch(item::equalsIgnoreCase)) {
                problem(m.get("item").line(), "'" + item + "' is not an item of the template's checklist: "
                        + String.join(" | ", checklist));
            } else if (item != null) {
                item = checklist.stream().filter(item::equalsIgnoreCase).findFirst().orElse(item);
            } else if (checklist.stream().noneMatch(c -> c.toLowerCase().contains(category.toLowerCase()))) {
                problem(m.get("category").line(), "category '" + category + "' is in no item of the template's "
                        + "checklist: " + String.join(" | ", checklist));
            }
            String note = requiredText(node, "note");
            LineRange range = null;
            YamlNode lines = m.get("lines");
            if (lines == null || lines.scalar() == null) {
                problem(node.line(), "a planted defect needs 'lines': \"12\" or \"12-18\"");
            } else {
                Matcher lm = LINES.matcher(lines.scalar());
                if (!lm.matches()) {
                    problem(lines.line(), "'lines' must be \"12\" or \"12-18\", not '" + lines.scalar() + "'");
                } else {
                    int start = Integer.parseInt(lm.group(1));
                    int end = lm.group(2) == null ? start : Integer.parseInt(lm.group(2));
                    range = new LineRange(start, end);
                    if (start < 1 || end < start) {
                        problem(lines.line(), "'lines' " + range + " must run forwards from line 1");
                    } else if (code != null && end > code.size()) {
                        problem(lines.line(), "'lines' " + range + " run past the code file's " + code.size() + " lines");
                    } else if (code != null && (code.get(start - 1).isBlank() || code.get(end - 1).isBlank())) {
                        problem(lines.line(), "'lines' " + range + " start or end on a blank line of the code file: "
                                + "point them at the defect's code");
                    }
                }
            }
            return problems.size() == before ? Optional.of(new PlantedDefect(item, category, range, note))
                    : Optional.empty();
        }

        private String requiredText(YamlNode node, String key) {
            YamlNode v = node.map().get(key);
            if (v == null || v.scalar() == null || v.scalar().isBlank()) {
                problem(v == null ? node.line() : v.line(), "'" + key + "' is required");
                return null;
            }
            return v.scalar();
        }

        private List<String> texts(YamlNode node, String key) {
            if (node == null) {
                return List.of();
            }
            List<YamlNode> items = node.list() != null ? node.list() : List.of(node);
            List<String> texts = new ArrayList<>();
            for (YamlNode i : items) {
                if (i.scalar() == null || i.scalar().isBlank()) {
                    problem(i.line(), "'" + key + "' takes text values");
                } else {
                    texts.add(i.scalar());
                }
            }
            return texts;
        }

        /** Each term: a text, or a list of synonyms. */
        private List<List<String>> terms(YamlNode node, String key) {
            if (node == null) {
                return List.of();
            }
            if (node.list() == null) {
                problem(node.line(), "'" + key + "' is a list of terms (each a text or a list of synonyms)");
                return List.of();
            }
            List<List<String>> terms = new ArrayList<>();
            for (YamlNode term : node.list()) {
                List<String> synonyms = texts(term, key);
                if (!synonyms.isEmpty()) {
                    terms.add(synonyms);
                }
            }
            return terms;
        }

        private int integer(YamlNode node, String key, int absent) {
            if (node == null) {
                return absent;
            }
            if (!(node.value() instanceof Long l) || l < 0 || l > Integer.MAX_VALUE) {
                problem(node.line(), "'" + key + "' must be a whole number, 0 or more, not '" + node.scalar() + "'");
                return absent;
            }
            return l.intValue();
        }

        private boolean bool(YamlNode node, String key) {
            if (node == null) {
                return false;
            }
            if (!(node.value() instanceof Boolean b)) {
                problem(node.line(), "'" + key + "' must be true or false, not '" + node.scalar() + "'");
                return false;
            }
            return b;
        }

        private int lineOf(YamlNode params, String parameter) {
            YamlNode v = parameter == null ? null : params.map().get(parameter);
            return v == null ? params.line() : v.line();
        }
    }
}
