using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using CmekAnalyzers.Fuzz;
using Microsoft.CodeAnalysis;

// Crash fuzzer for the analyzers and code fixes, plus the silence check. Exit code 0 = no exception anywhere, no
// CMEK diagnostic on non-Speech files, and every rule and every fix was exercised. See README.md.
var options = Options.Parse(args);
var clock = Stopwatch.StartNew();
Console.WriteLine($"fuzz: target {options.Count} compilations, random seed {options.RandomSeed}, time cap {options.MaxMinutes} min " +
                  $"(never before {Options.CiMinimum} compilations), code fixes on every {options.FixEvery}. mutation");

var harness = await Harness.CreateAsync();
Console.WriteLine($"analyzers: {string.Join(", ", Harness.Analyzers.Select(a => a.GetType().Name))}");
Console.WriteLine($"code fixes: {string.Join(", ", Harness.Fixers.Select(f => f.GetType().Name))}");

var noisy = await SilenceCheck.RunAsync(harness);
Console.WriteLine($"silence check done, {Elapsed()}");
if (noisy.Count > 0)
{
    Console.WriteLine("FAIL: the analyzers reported on files that do not use Speech:");
    foreach (var line in noisy) { Console.WriteLine(line); }
    return 1;
}

var seeds = Seeds.All().Where(s => options.Only is null || s.Name.Contains(options.Only, StringComparison.Ordinal)).ToList();
Console.WriteLine($"seeds: {seeds.Count} ({seeds.Count(s => s.Name.StartsWith("tests/", StringComparison.Ordinal))} from test cases, " +
                  $"{seeds.Count(s => s.Name.StartsWith("samples/", StringComparison.Ordinal))} samples, {seeds.Count(s => !s.Exhaustive)} hand-written)");

var failures = new ConcurrentQueue<(Mutation Mutation, FuzzFailure Failure)>();
using var stop = new CancellationTokenSource();
var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = stop.Token };

// The seeds as they are: every diagnostic fixed (and the fixed code analyzed again), and FixAll on each seed.
var baseline = new ConcurrentDictionary<Seed, ImmutableArray<Diagnostic>>();
await Run(seeds.Select(s => new Mutation(s, "unchanged", () => s.Files)), async (mutation, project, diagnostics, ct) =>
{
    baseline[mutation.Seed] = diagnostics;
    foreach (var diagnostic in diagnostics)
    {
        await harness.FixAsync(project, diagnostic, reanalyze: true, ct);
    }

    await harness.FixAllAsync(project, diagnostics, ct);
});
Console.WriteLine($"baseline: {harness.Stats.Compilations} compilations, {baseline.Values.Sum(d => d.Length)} diagnostics, {Elapsed()}");

// Mutations: all truncations and literal swaps, then enough random deletions per seed to reach the target.
var truncations = seeds.Where(baseline.ContainsKey)
    .SelectMany(s => Mutations.Truncations(s, baseline[s]).Concat(Mutations.LiteralSwaps(s, baseline[s])))
    .ToList();
// Generated seeds take fewer deletions (see Mutations.RandomDeletions): the test cases and samples fill the budget.
var deletionsPerSeed = Math.Max(2, 1 + (int)Math.Ceiling((options.Count - harness.Stats.Compilations - truncations.Count) / (double)Math.Max(1, seeds.Count(s => s.Exhaustive))));
Console.WriteLine($"mutations: {truncations.Count} truncations and literal swaps, {deletionsPerSeed} random deletions per seed");
var number = 0L;
var mutations = truncations.Concat(seeds.SelectMany(s => Mutations.RandomDeletions(s, deletionsPerSeed, options.RandomSeed)));
await Run(mutations.TakeWhile(_ => !OverTime()), async (mutation, project, diagnostics, ct) =>
{
    var n = Interlocked.Increment(ref number);
    if (n % 1000 == 0)
    {
        Console.WriteLine($"  {n} mutations, {harness.Stats.Compilations} compilations, {Elapsed()}");
    }

    if (n % options.FixEvery == 0)
    {
        foreach (var diagnostic in diagnostics)
        {
            await harness.FixAsync(project, diagnostic, reanalyze: false, ct);
        }
    }
});

var stats = harness.Stats;
Console.WriteLine($"done: {stats.Compilations} compilations in {Elapsed()}");
Console.WriteLine("diagnostics per id: " + Counts(stats.Diagnostics));
Console.WriteLine("code fixes applied per id: " + Counts(stats.Fixes));
Console.WriteLine("fix-all runs per id: " + Counts(stats.FixAlls));

if (!failures.IsEmpty)
{
    foreach (var (mutation, failure) in failures.Take(3))
    {
        Report(mutation, failure);
    }

    Console.WriteLine($"FAIL: {failures.Count} crashing input(s); rerun with --seed {options.RandomSeed} to reproduce");
    return 1;
}

var problems = new List<string>();
if (stats.Compilations < Math.Min(options.Count, Options.CiMinimum))
{
    problems.Add($"only {stats.Compilations} compilations, fewer than {Math.Min(options.Count, Options.CiMinimum)}");
}

// A fuzzer that never sees a diagnostic or never applies a fix proves nothing about the rules or the fixers.
var ids = Harness.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order().ToList();
problems.AddRange(ids.Where(id => !stats.Diagnostics.ContainsKey(id)).Select(id => $"no input produced {id}"));
problems.AddRange(Harness.Fixers.SelectMany(f => f.FixableDiagnosticIds).Distinct().Order()
    .Where(id => !stats.Fixes.ContainsKey(id)).Select(id => $"no code fix was applied for {id}"));
problems.ForEach(p => Console.WriteLine("FAIL: " + p));
Console.WriteLine(problems.Count == 0 ? "fuzz: ok" : "fuzz: FAILED");
return problems.Count == 0 ? 0 : 1;

// Analyzes each mutation (in parallel), then runs the given step on its diagnostics. The first failures stop the run.
async Task Run(IEnumerable<Mutation> items, Func<Mutation, Project, ImmutableArray<Diagnostic>, CancellationToken, Task> then)
{
    try
    {
        await Parallel.ForEachAsync(items, parallel, async (mutation, ct) =>
        {
            try
            {
                var watch = Stopwatch.StartNew();
                var project = harness.ProjectOf(mutation.Files(), mutation.Seed.OutputKind);
                var work = Task.Run(async () =>
                {
                    var diagnostics = await harness.AnalyzeAsync(project, ct);
                    await then(mutation, project, diagnostics, ct);
                }, ct);
                await work.WaitAsync(TimeSpan.FromMinutes(3), ct);
                if (watch.Elapsed.TotalSeconds > 10)
                {
                    Console.WriteLine($"slow: {watch.Elapsed.TotalSeconds:F0} s for seed '{mutation.Seed.Name}', {mutation.Description}; {await CompilerAloneAsync(mutation)}");
                }
            }
            catch (FuzzFailure failure)
            {
                failures.Enqueue((mutation, failure));
                stop.Cancel();
            }
            catch (TimeoutException)
            {
                failures.Enqueue((mutation, new FuzzFailure("no answer within 3 minutes (hang?)", await CompilerAloneAsync(mutation))));
                stop.Cancel();
            }
        });
    }
    catch (OperationCanceledException) when (stop.IsCancellationRequested)
    {
    }
}

// Triage for a hang: does the compiler alone (no analyzers) finish?
async Task<string> CompilerAloneAsync(Mutation mutation)
{
    var watch = Stopwatch.StartNew();
    var compile = Task.Run(async () => (await harness.ProjectOf(mutation.Files(), mutation.Seed.OutputKind).GetCompilationAsync())!.GetDiagnostics().Length);
    try
    {
        var count = await compile.WaitAsync(TimeSpan.FromMinutes(1));
        return $"the compiler alone (no analyzers) takes {watch.Elapsed.TotalSeconds:F1} s ({count} compiler diagnostics)";
    }
    catch (TimeoutException)
    {
        return "the compiler alone (no analyzers) did not finish within 1 minute either";
    }
}

bool OverTime() => harness.Stats.Compilations >= Options.CiMinimum && clock.Elapsed.TotalMinutes > options.MaxMinutes;

string Elapsed() => $"{clock.Elapsed.TotalSeconds:F0} s";

static string Counts(ConcurrentDictionary<string, int> counts) => string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"));

// Prints what failed and the whole input; inputs longer than the console should take are also written to a file.
static void Report(Mutation mutation, FuzzFailure failure)
{
    Console.WriteLine();
    Console.WriteLine($"=== FAILURE: {failure.Message}");
    Console.WriteLine($"seed: {mutation.Seed.Name}");
    Console.WriteLine($"mutation: {mutation.Description}");
    Console.WriteLine(failure.Details);
    var files = mutation.Files();
    for (var i = 0; i < files.Count; i++)
    {
        Console.WriteLine($"--- input File{i}.cs ({files[i].Length} chars)");
        if (files[i].Length <= 20_000)
        {
            Console.WriteLine(files[i]);
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"cmek-fuzz-input-{Guid.NewGuid():N}-File{i}.cs");
            File.WriteAllText(path, files[i]);
            Console.WriteLine($"{files[i][..20_000]}\n... (whole input in {path})");
        }
    }
}
