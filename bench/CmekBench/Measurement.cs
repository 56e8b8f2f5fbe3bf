using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using CmekBench.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace CmekBench;

/// <summary>One run of one analyzer set over one compilation.</summary>
/// <param name="WallMs">Wall time of the compiler's diagnostics and then the analyzers' on a fresh copy of the compilation,
/// so that an analyzer that does nothing costs what the compiler costs (as in a build).</param>
/// <param name="AnalyzerMs">Sum of the analyzers' execution times (GetAnalyzerTelemetryInfoAsync), as ReportAnalyzer shows them.</param>
internal sealed record RunResult(double WallMs, double AnalyzerMs, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions, IReadOnlyDictionary<string, double> PerAnalyzerMs);

internal static class Measurement
{
    public static CSharpCompilation Compile(IReadOnlyList<GeneratedFile> files, ImmutableArray<MetadataReference> references)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.AsParallel().AsOrdered()
            .Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, path: file.Path))
            .ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: true);
        return CSharpCompilation.Create("Bench", trees, references, options);
    }

    /// <summary>The generated code must compile, or the numbers mean nothing.</summary>
    public static IReadOnlyList<Diagnostic> CompileErrors(Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    public static async Task<RunResult> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var watch = Stopwatch.StartNew();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        // As csc does: the compiler binds everything (its diagnostics), the analyzers consume the compilation events.
        _ = withAnalyzers.Compilation.GetDiagnostics();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        watch.Stop();
        var perAnalyzer = new Dictionary<string, double>();
        foreach (var analyzer in analyzers)
        {
            var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
            perAnalyzer[analyzer.GetType().Name] = perAnalyzer.GetValueOrDefault(analyzer.GetType().Name) + time.TotalMilliseconds;
        }

        return new RunResult(watch.Elapsed.TotalMilliseconds, perAnalyzer.Values.Sum(), diagnostics, exceptions.ToList(), perAnalyzer);
    }

    /// <summary>
    /// The in-process "whole build": compiler diagnostics and every analyzer set in one CompilationWithAnalyzers (as csc runs
    /// them), then Emit of a fresh copy of the compilation to memory. Returns the wall time and the telemetry of our analyzers.
    /// </summary>
    public static async Task<(double WallMs, double OursMs)> WholeBuildAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> all, ImmutableArray<DiagnosticAnalyzer> ours)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
        var watch = Stopwatch.StartNew();
        var withAnalyzers = compilation.WithAnalyzers(all, options);
        _ = withAnalyzers.Compilation.GetDiagnostics();
        _ = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        using (var peStream = new MemoryStream())
        {
            var emit = compilation.Clone().Emit(peStream, options: new EmitOptions());
            if (!emit.Success)
            {
                throw new InvalidOperationException("Emit failed: " + emit.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
            }
        }

        watch.Stop();
        var oursTime = TimeSpan.Zero;
        foreach (var analyzer in ours)
        {
            oursTime += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
        }

        return (watch.Elapsed.TotalMilliseconds, oursTime.TotalMilliseconds);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
