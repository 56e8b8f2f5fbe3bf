using System.Collections.Immutable;
using System.Reflection;
using CmekAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CmekBench;

/// <summary>A named group of analyzers measured together.</summary>
internal sealed record AnalyzerSet(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers);

internal static class AnalyzerSets
{
    public const string Ours = "CmekAnalyzers";
    public const string Empty = "Empty (floor)";
    public const string Meziantou = "Meziantou.Analyzer";
    public const string NetAnalyzers = "NetAnalyzers";

    /// <summary>Every analyzer of the CmekAnalyzers assembly, found the way the compiler finds them.</summary>
    public static AnalyzerSet Cmek()
        => new(Ours, FromAssemblyFile(typeof(Cmek001KeyEndpointMismatchAnalyzer).Assembly.Location));

    public static AnalyzerSet EmptyFloor() => new(Empty, ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()));

    public static AnalyzerSet MeziantouAnalyzer(BenchInputs inputs)
        => new(Meziantou, FromAssemblyFile(Path.Combine(inputs.MeziantouFolder, "Meziantou.Analyzer.dll")));

    public static AnalyzerSet Net(BenchInputs inputs)
        => new(NetAnalyzers, FromAssemblyFile(Path.Combine(inputs.NetAnalyzersFolder, "Microsoft.CodeAnalysis.NetAnalyzers.dll"))
            .AddRange(FromAssemblyFile(Path.Combine(inputs.NetAnalyzersFolder, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"))));

    private static ImmutableArray<DiagnosticAnalyzer> FromAssemblyFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Analyzer assembly not found (restore bench/CmekBench first)", path);
        }

        return new AnalyzerFileReference(path, Loader.Instance).GetAnalyzers(LanguageNames.CSharp);
    }

    /// <summary>Loads analyzer assemblies into the default context, next to the compiler this tool runs on.</summary>
    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public static readonly Loader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath)
            => AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && a.Location == fullPath)
               ?? Assembly.LoadFrom(fullPath);
    }
}

/// <summary>The floor: an analyzer that registers a compilation start action and nothing else, the least any analyzer costs.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "EMPTY001", "Never reported", "Never reported", "Bench", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(_ => { });
    }
}
