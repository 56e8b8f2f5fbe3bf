using System.Globalization;
using System.Runtime.InteropServices;
using CmekBench.Corpus;
using Microsoft.CodeAnalysis;

namespace CmekBench;

/// <summary>Collects the medians and prints the table, the ratios and the targets (reported, not asserted).</summary>
internal sealed class Report(int cores, Options options)
{
    private readonly List<Row> _rows = [];
    private readonly Dictionary<int, (double WallMs, double OursMs)> _wholeBuild = [];
    private readonly List<string> _ruleCounts = [];
    private readonly List<string> _perRule = [];
    private FixAllResult? _fixAll;

    private sealed record Row(string Corpus, int Files, string Set, double WallMs, double AnalyzerMs, int Diagnostics);

    public void Add(string corpus, int files, string set, IReadOnlyList<RunResult> runs)
    {
        if (set == AnalyzerSets.Ours && runs[0].AnalyzerMs > 0)
        {
            _perRule.Add($"{corpus} x{files}: " + string.Join(", ", runs[0].PerAnalyzerMs.Keys.Order(StringComparer.Ordinal)
                .Select(name => $"{name[..7]} {Measurement.Median(runs.Select(r => r.PerAnalyzerMs[name])):F0}")));
        }

        _rows.Add(new Row(corpus, files, set, Measurement.Median(runs.Select(r => r.WallMs)), Measurement.Median(runs.Select(r => r.AnalyzerMs)), runs[0].Diagnostics.Length));
    }

    public void AddWholeBuild(int files, IReadOnlyList<(double WallMs, double OursMs)> runs)
        => _wholeBuild[files] = (Measurement.Median(runs.Select(r => r.WallMs)), Measurement.Median(runs.Select(r => r.OursMs)));

    public void AddRuleCounts(int files, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, int> expected)
    {
        var actual = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        var ids = actual.Keys.Union(expected.Keys).Order(StringComparer.Ordinal);
        var files2 = diagnostics.Select(d => d.Location.SourceTree?.FilePath).Distinct().Count();
        _ruleCounts.Add($"(2) speech x{files}: {diagnostics.Count} CMEK diagnostics in {files2} files; per rule (found/expected): "
            + string.Join(", ", ids.Select(id => $"{id} {actual.GetValueOrDefault(id)}/{expected.GetValueOrDefault(id)}"))
            + (ids.All(id => actual.GetValueOrDefault(id) == expected.GetValueOrDefault(id)) ? "  [as generated]" : "  [DIFFERS from the generated breakages]"));
    }

    public void AddFixAll(FixAllResult result) => _fixAll = result;

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"## CmekBench {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.OSDescription.Trim()}, {cores} cores, .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
        output.WriteLine();
        output.WriteLine("Wall = compiler diagnostics, then GetAnalyzerDiagnosticsAsync, on a fresh copy of the compilation (binding + analyzers), median of " + options.Repeat + " run(s).");
        output.WriteLine("Analyzer = sum of the set's analyzer execution times (GetAnalyzerTelemetryInfoAsync, what ReportAnalyzer shows).");
        output.WriteLine();
        output.WriteLine("| corpus | files | analyzers | wall ms | analyzer ms | diagnostics |");
        output.WriteLine("|---|---:|---|---:|---:|---:|");
        foreach (var row in _rows)
        {
            output.WriteLine($"| {row.Corpus} | {row.Files} | {row.Set} | {row.WallMs:F0} | {row.AnalyzerMs:F1} | {row.Diagnostics} |");
        }

        if (_wholeBuild.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Whole build (in process): compiler diagnostics + CmekAnalyzers + Meziantou.Analyzer + NetAnalyzers in one CompilationWithAnalyzers, then Emit to memory.");
            output.WriteLine();
            output.WriteLine("| corpus | files | whole build wall ms | CmekAnalyzers ms in it | share |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (files, (wall, oursMs)) in _wholeBuild.OrderBy(p => p.Key))
            {
                output.WriteLine($"| (2) speech | {files} | {wall:F0} | {oursMs:F1} | {oursMs / wall:P2} |");
            }
        }

        output.WriteLine();
        output.WriteLine("CmekAnalyzers per analyzer (ms, median):");
        _perRule.ForEach(line => output.WriteLine("  " + line));
        output.WriteLine();
        output.WriteLine("Silence / rules:");
        _ruleCounts.ForEach(line => output.WriteLine("  " + line));
        if (_fixAll is { } fix)
        {
            output.WriteLine();
            output.WriteLine($"FixAll CMEK002 (scope Solution): {fix.Occurrences} occurrences in {fix.Documents} changed documents, {fix.FixMs:F0} ms; "
                + $"after the fix: {fix.ErrorsAfter} compile errors, {fix.Cmek002After} CMEK002 -> {(fix.ErrorsAfter == 0 && fix.Cmek002After == 0 ? "PASS" : "FAIL")}");
        }

        output.WriteLine();
        output.WriteLine("Targets (reported, not asserted):");
        foreach (var files in options.Sizes)
        {
            Target(output, $"(1) x{files}: CmekAnalyzers wall / empty analyzer wall <= 1.2", Ratio("(1) ordinary", files, AnalyzerSets.Ours, AnalyzerSets.Empty, r => r.WallMs), 1.2);
        }

        foreach (var files in options.Sizes)
        {
            Target(output, $"(2) x{files}: CmekAnalyzers / Meziantou.Analyzer analyzer time <= 0.5", Ratio("(2) speech", files, AnalyzerSets.Ours, AnalyzerSets.Meziantou, r => r.AnalyzerMs), 0.5);
            if (_wholeBuild.TryGetValue(files, out var whole))
            {
                Target(output, $"(2) x{files}: CmekAnalyzers time / whole build <= 3%", whole.OursMs / whole.WallMs, 0.03, percent: true);
            }
        }

        if (options.Sizes.Contains(1000) && options.Sizes.Contains(5000))
        {
            Target(output, "(2) growth 1000 -> 5000 files, CmekAnalyzers analyzer time <= 5.5x", Growth("(2) speech", AnalyzerSets.Ours, r => r.AnalyzerMs), 5.5);
            output.WriteLine($"  (for scale: (2) growth of the empty analyzer's wall time {Growth("(2) speech", AnalyzerSets.Empty, r => r.WallMs):F2}x, "
                + $"of CmekAnalyzers' wall time {Growth("(2) speech", AnalyzerSets.Ours, r => r.WallMs):F2}x; (1) growth of CmekAnalyzers' wall time {Growth("(1) ordinary", AnalyzerSets.Ours, r => r.WallMs):F2}x)");
        }
    }

    private double Ratio(string corpus, int files, string set, string baseline, Func<Row, double> value)
        => _rows.FirstOrDefault(r => r.Corpus == corpus && r.Files == files && r.Set == set) is { } row
           && _rows.FirstOrDefault(r => r.Corpus == corpus && r.Files == files && r.Set == baseline) is { } other
            ? value(row) / value(other)
            : double.NaN;

    private double Growth(string corpus, string set, Func<Row, double> value)
        => _rows.FirstOrDefault(r => r.Corpus == corpus && r.Files == 5000 && r.Set == set) is { } large
           && _rows.FirstOrDefault(r => r.Corpus == corpus && r.Files == 1000 && r.Set == set) is { } small
            ? value(large) / value(small)
            : double.NaN;

    private static void Target(TextWriter output, string what, double value, double limit, bool percent = false)
    {
        var verdict = double.IsNaN(value) ? "n/a (not measured)" : value <= limit ? "PASS" : "MISS";
        var shown = percent ? value.ToString("P2", CultureInfo.InvariantCulture) : value.ToString("F2", CultureInfo.InvariantCulture) + "x";
        output.WriteLine($"  {verdict,-5} {what}: {shown}");
    }
}
