package dev.designassistant.eval;

import dev.designassistant.brief.SessionStarter;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Runs evaluations: every case of the chosen suites, for every chosen model, {@code repeat} times, at most
 * {@code assistant.eval.concurrency} at once, each result stored as soon as it is known. A run resumed (after a
 * restart, {@link EvalRecovery}) asks only the cases without a stored result. With a cost limit, a case starts only
 * if what is spent, what the running cases are expected to spend and its own estimate stay within it; otherwise
 * the run stops, saying so.
 */
@ApplicationScoped
public class EvalRunner {

    static final int MOST_REPEATS = 10;
    private static final Logger LOG = Logger.getLogger(EvalRunner.class);
    /** Tokens a case is assumed to read beyond its parameters, and to write, before any case of the model is known. */
    private static final long PROMPT_OVERHEAD_TOKENS = 1_000;
    private static final long ANSWER_TOKENS_GUESS = 1_500;

    private final SuiteLoader loader;
    private final EvalStore store;
    private final CaseRunner cases;
    private final SessionStarter sessions;
    private final Prices prices;
    private final int concurrency;
    private final Map<String, CompletableFuture<EvalRun>> running = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<CaseResult>>> listeners = new ConcurrentHashMap<>();

    public EvalRunner(SuiteLoader loader, EvalStore store, CaseRunner cases, SessionStarter sessions, Prices prices,
                      EvalConfig config) {
        this.loader = loader;
        this.store = store;
        this.cases = cases;
        this.sessions = sessions;
        this.prices = prices;
        this.concurrency = Math.max(1, config.concurrency());
    }

    /** One case to ask one model once. */
    record Job(EvalSuite suite, EvalCase c, String model, int repeat) {
        String key() {
            return CaseResult.key(suite.name(), c.id(), model, repeat);
        }
    }

    /**
     * Checks the request (suites load, models exist), stores the run and starts it.
     *
     * @throws InvalidSuiteException     a suite file has a problem
     * @throws InvalidParametersException the request itself is wrong (repeat, cost, an unknown case)
     */
    public EvalRun start(EvalRequest request, String owner) {
        EvalRequest checked = check(request);
        List<Job> jobs = jobs(checked);
        String id = java.util.UUID.randomUUID().toString();
        store.create(id, owner, checked, jobs.size());
        launch(id, owner, checked, jobs);
        return view(id, owner).orElseThrow();
    }

    /** Registers a listener told of each case of the run as it is answered (the CLI's progress). */
    public void onCase(String runId, Consumer<CaseResult> listener) {
        listeners.computeIfAbsent(runId, k -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Completes with the run's final view when it ends (already ended: at once). */
    public CompletableFuture<EvalRun> completion(String runId) {
        CompletableFuture<EvalRun> f = running.get(runId);
        if (f != null) {
            return f;
        }
        return CompletableFuture.completedFuture(store.find(runId).map(r -> view(r)).orElse(null));
    }

    /** The run as its owner sees it. */
    public Optional<EvalRun> view(String id, String owner) {
        return store.find(id).filter(r -> r.owner().equals(owner)).map(this::view);
    }

    /** The owner's latest runs, newest first. */
    public List<EvalRun> list(String owner, int limit) {
        return store.ids(owner, limit).stream().map(id -> store.find(id).map(this::view)).flatMap(Optional::stream)
                .toList();
    }

    /** Starts again every run stored as running that no thread here runs (after a restart). */
    void resumeAll() {
        for (String id : store.runningIds()) {
            if (!running.containsKey(id)) {
                resume(id);
            }
        }
    }

    /** Starts a stored running run again; only cases without a result are asked. */
    void resume(String id) {
        store.find(id).ifPresent(r -> {
            try {
                launch(id, r.owner(), r.request(), jobs(r.request()));
            } catch (RuntimeException e) { // a suite edited into an error since: the run cannot go on
                store.end(id, EvalRun.FAILED, "cannot resume: " + e.getMessage());
            }
        });
    }

    private EvalRun view(EvalStore.StoredRun r) {
        List<CaseResult> results = store.results(r.id());
        List<String> models = r.request().models();
        return new EvalRun(r.id(), r.status(), r.request().suites(), models, r.request().repeat(),
                r.request().maxCost(), r.total(), results.size(), r.message(), r.createdAt(), r.updatedAt(),
                Score.of(results, models), results);
    }

    private EvalRequest check(EvalRequest request) {
        EvalRequest r = request == null ? new EvalRequest(null, null, null, null) : request;
        List<ParameterProblem> problems = new ArrayList<>();
        int repeat = r.repeat() == null ? 1 : r.repeat();
        if (repeat < 1 || repeat > MOST_REPEATS) {
            problems.add(new ParameterProblem("repeat", "must be from 1 to " + MOST_REPEATS + ", not " + repeat));
        }
        if (r.maxCost() != null && !(r.maxCost() >= 0)) {
            problems.add(new ParameterProblem("maxCost", "must be 0 or more US dollars"));
        }
        List<String> models = new ArrayList<>();
        for (String m : r.models() == null || r.models().isEmpty() ? List.of("") : r.models()) {
            try {
                String name = sessions.model(m);
                if (!models.contains(name)) {
                    models.add(name);
                }
            } catch (RuntimeException e) {
                problems.add(new ParameterProblem("models", e.getMessage()));
            }
        }
        if (r.maxCost() != null) {
            models.stream().filter(m -> prices.of(m).isEmpty()).forEach(m -> problems.add(new ParameterProblem(
                    "maxCost", "model '" + m + "' has no price (assistant.llm.price.* or assistant.llm.models." + m
                    + ".price.*): a cost limit cannot be kept")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException("eval", problems);
        }
        List<EvalSuite> suites = loader.load(r.suites()); // every suite file's problems at once
        List<String> names = suites.stream().map(EvalSuite::name).toList();
        if (r.cases() != null && !r.cases().isEmpty()) {
            Set<String> known = new HashSet<>();
            suites.forEach(s -> s.cases().forEach(c -> known.add(c.id())));
            List<ParameterProblem> unknown = r.cases().stream().filter(c -> !known.contains(c))
                    .map(c -> new ParameterProblem("cases", "no case '" + c + "' in " + String.join(", ", names)))
                    .toList();
            if (!unknown.isEmpty()) {
                throw new InvalidParametersException("eval", unknown);
            }
        }
        return new EvalRequest(names, List.copyOf(models), repeat, r.maxCost(), r.cases());
    }

    private List<Job> jobs(EvalRequest r) {
        List<Job> jobs = new ArrayList<>();
        for (EvalSuite suite : loader.load(r.suites())) {
            for (EvalCase c : suite.cases()) {
                if (r.cases() != null && !r.cases().isEmpty() && !r.cases().contains(c.id())) {
                    continue;
                }
                for (int rep = 1; rep <= r.repeat(); rep++) {
                    for (String model : r.models()) {
                        jobs.add(new Job(suite, c, model, rep));
                    }
                }
            }
        }
        return jobs;
    }

    private void launch(String id, String owner, EvalRequest request, List<Job> jobs) {
        CompletableFuture<EvalRun> done = new CompletableFuture<>();
        running.put(id, done);
        Thread.ofVirtual().name("eval-" + id).start(() -> {
            try {
                String stop = runAll(id, owner, request, jobs);
                store.end(id, stop == null ? EvalRun.FINISHED : EvalRun.STOPPED, stop);
            } catch (RuntimeException e) {
                LOG.warnf(e, "evaluation run %s failed", id);
                store.end(id, EvalRun.FAILED, e.getMessage());
            } finally {
                running.remove(id);
                listeners.remove(id);
                done.complete(store.find(id).map(this::view).orElse(null));
            }
        });
    }

    /** Runs the jobs without a stored result; returns why it stopped early, or null. */
    private String runAll(String id, String owner, EvalRequest request, List<Job> jobs) {
        Set<String> answered = new HashSet<>();
        Budget budget = new Budget(request.maxCost());
        for (CaseResult r : store.results(id)) {
            answered.add(r.key());
            budget.spent(r.model(), r.cost());
        }
        Semaphore permits = new Semaphore(concurrency);
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        String stop = null;
        int toRun = (int) jobs.stream().filter(j -> !answered.contains(j.key())).count();
        int started = 0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Job job : jobs) {
                if (answered.contains(job.key())) {
                    continue;
                }
                permits.acquireUninterruptibly();
                double estimate = estimate(job, budget);
                stop = budget.reserve(estimate, job, toRun - started);
                if (stop != null) {
                    permits.release();
                    break;
                }
                started++;
                inFlight.add(CompletableFuture.runAsync(() -> {
                    try {
                        CaseResult result = cases.run(job.suite().name(), job.c(), job.model(), job.repeat(), owner);
                        store.addResult(id, result);
                        budget.settle(job.model(), estimate, result.cost());
                        listeners.getOrDefault(id, List.of()).forEach(l -> l.accept(result));
                    } finally {
                        permits.release();
                    }
                }, pool));
            }
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        }
        return stop;
    }

    private double estimate(Job job, Budget budget) {
        Optional<dev.designassistant.llm.Prices> price = prices.of(job.model());
        if (price.isEmpty()) {
            return 0;
        }
        return budget.largest(job.model()).orElseGet(() -> price.get().cost(
                job.c().parameters().toString().length() / 4 + PROMPT_OVERHEAD_TOKENS, ANSWER_TOKENS_GUESS));
    }

    /** What a run has spent and has promised to running cases, against its limit. */
    private static final class Budget {
        private final Double limit;
        private final Map<String, Double> largest = new ConcurrentHashMap<>();
        private double spent;
        private double reserved;

        Budget(Double limit) {
            this.limit = limit;
        }

        synchronized void spent(String model, Double cost) {
            if (cost != null) {
                spent += cost;
                largest.merge(model, cost, Math::max);
            }
        }

        Optional<Double> largest(String model) {
            return Optional.ofNullable(largest.get(model));
        }

        /** Reserves the estimate, or says why the case may not start. */
        synchronized String reserve(double estimate, Job job, int left) {
            if (limit != null && spent + reserved + estimate > limit) {
                return String.format(Locale.ROOT, "stopped before case %s/%s on %s: it would take the spend to about "
                                + "$%.4f, over --max-cost $%.4f (spent $%.4f; %d case(s) not run)",
                        job.suite().name(), job.c().id(), job.model(), spent + reserved + estimate, limit, spent, left);
            }
            reserved += estimate;
            return null;
        }

        synchronized void settle(String model, double estimate, Double cost) {
            reserved -= estimate;
            spent(model, cost);
        }
    }
}
