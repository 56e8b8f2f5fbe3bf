using System.Collections.Immutable;
using System.Globalization;
using CmekBench;
using CmekBench.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// Benchmark and silence checks of CmekAnalyzers on generated code; see bench/README.md. Exit code 1 when a silence check fails
// (a CMEK diagnostic on a corpus that must give none, an analyzer exception) or the generated code does not compile.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = Options.Parse(args);
var inputs = BenchInputs.Load();
var sets = new List<AnalyzerSet> { AnalyzerSets.EmptyFloor(), AnalyzerSets.Cmek() };
if (options.ThirdParty)
{
    sets.Add(AnalyzerSets.MeziantouAnalyzer(inputs));
    sets.Add(AnalyzerSets.Net(inputs));
}

var ours = sets.Single(s => s.Name == AnalyzerSets.Ours);
var failures = new List<string>();
var report = new Report(Environment.ProcessorCount, options);
Console.WriteLine($"CmekBench: sizes {string.Join(", ", options.Sizes)}, {options.Repeat} run(s) each (median), sets: {string.Join(", ", sets.Select(s => $"{s.Name} ({s.Analyzers.Length})"))}");

// Warm-up: JIT every analyzer set and the compiler once on a small compilation; the results are discarded.
var warmups = new[]
{
    Measurement.Compile(OrdinaryCorpus.Generate(20), inputs.Framework),
    Measurement.Compile(SpeechCorpus.Generate(40, correct: false), inputs.WithGoogle),
};
foreach (var set in sets)
{
    foreach (var warmup in warmups)
    {
        await Measurement.RunAsync(warmup, set.Analyzers);
    }
}

// (1) references .NET only (no Speech reference); (2) and (3) also the Google libraries.
var corpora = new (string Name, Func<int, IReadOnlyList<GeneratedFile>> Generate, ImmutableArray<MetadataReference> References, bool MustBeSilent)[]
{
    ("(1) ordinary", OrdinaryCorpus.Generate, inputs.Framework, true),
    ("(2) speech", n => SpeechCorpus.Generate(n, correct: false), inputs.WithGoogle, false),
    ("(3) speech, correct", n => SpeechCorpus.Generate(n, correct: true), inputs.WithGoogle, true),
};

foreach (var size in options.Sizes)
{
    foreach (var (name, generate, references, mustBeSilent) in corpora.Where(c => options.Corpora.Contains(c.Name[1])))
    {
        Console.Error.WriteLine($"  {DateTime.UtcNow:HH:mm:ss} {name} x{size}");
        var compilation = Measurement.Compile(generate(size), references);
        var errors = Measurement.CompileErrors(compilation);
        if (errors.Count > 0)
        {
            failures.Add($"{name} x{size}: the generated code does not compile ({errors.Count} errors), first: {errors[0]}");
            continue;
        }

        // Corpus (3) only has to be silent; the timings that matter are taken on (1) and (2).
        // Meziantou.Analyzer and NetAnalyzers only on (2), where the targets compare with them; on (1) the floor is the empty analyzer.
        var thirdParty = size <= options.ThirdPartyMaxFiles && name.StartsWith("(2)", StringComparison.Ordinal);
        IReadOnlyList<AnalyzerSet> measured = name.StartsWith("(3)", StringComparison.Ordinal) ? [ours]
            : thirdParty ? sets
            : sets.Where(s => s.Name is AnalyzerSets.Empty or AnalyzerSets.Ours).ToList();
        var runs = measured.ToDictionary(s => s.Name, _ => new List<RunResult>());
        for (var repeat = 0; repeat < options.Repeat; repeat++)
        {
            foreach (var set in measured)
            {
                runs[set.Name].Add(await Measurement.RunAsync(compilation, set.Analyzers));
            }
        }

        foreach (var set in measured)
        {
            report.Add(name, size, set.Name, runs[set.Name]);
        }

        // Silence and robustness: no analyzer exception from our analyzers anywhere, no CMEK diagnostic where nothing is wrong.
        var oursRuns = runs[ours.Name];
        var exceptions = oursRuns.SelectMany(r => r.Exceptions).Concat(oursRuns.SelectMany(r => r.Diagnostics).Where(d => d.Id == "AD0001").Select(d => new Exception(d.ToString()))).ToList();
        if (exceptions.Count > 0)
        {
            failures.Add($"{name} x{size}: {exceptions.Count} analyzer exception(s), first: {exceptions[0].Message}");
        }

        var cmek = oursRuns[0].Diagnostics.Where(d => d.Id.StartsWith("CMEK", StringComparison.Ordinal)).ToList();
        if (mustBeSilent && cmek.Count > 0)
        {
            failures.Add($"{name} x{size}: {cmek.Count} CMEK diagnostic(s) where none is expected, first: {cmek[0]}");
        }

        if (!mustBeSilent)
        {
            report.AddRuleCounts(size, cmek, ExpectedRules(size));
            if (options.ThirdParty && thirdParty)
            {
                var whole = new List<(double WallMs, double OursMs)>();
                var all = sets.Where(s => s.Name != AnalyzerSets.Empty).SelectMany(s => s.Analyzers).ToImmutableArray();
                for (var repeat = 0; repeat < options.Repeat; repeat++)
                {
                    whole.Add(await Measurement.WholeBuildAsync(compilation, all, ours.Analyzers));
                }

                report.AddWholeBuild(size, whole);
            }
        }
    }
}

var fixAll = await FixAllBench.RunAsync(options.FixAllOccurrences, inputs);
report.AddFixAll(fixAll);
if (fixAll.ErrorsAfter > 0 || fixAll.Cmek002After > 0)
{
    failures.Add($"FixAll: after the fix {fixAll.ErrorsAfter} compile error(s) and {fixAll.Cmek002After} CMEK002 remain; first error: {fixAll.FirstError}");
}

report.Print(Console.Out);
Console.WriteLine();
Console.WriteLine(failures.Count == 0 ? "Silence checks: PASS (no CMEK diagnostic on corpora (1) and (3), no analyzer exception)." : "FAILED:");
failures.ForEach(f => Console.WriteLine("  " + f));
return failures.Count == 0 ? 0 : 1;

static IReadOnlyDictionary<string, int> ExpectedRules(int size)
    => Enumerable.Range(0, size - 2).SelectMany(SpeechCorpus.ExpectedDiagnostics)
        .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
