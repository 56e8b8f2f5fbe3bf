using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CmekBench;

/// <summary>What the build wrote to bench-inputs.txt: reference assemblies for the generated code and the analyzer package folders.</summary>
internal sealed class BenchInputs
{
    private BenchInputs(ImmutableArray<MetadataReference> framework, ImmutableArray<MetadataReference> google, string meziantouFolder, string netAnalyzersFolder)
    {
        Framework = framework;
        WithGoogle = framework.AddRange(google);
        MeziantouFolder = meziantouFolder;
        NetAnalyzersFolder = netAnalyzersFolder;
    }

    /// <summary>The .NET 10 reference assemblies: all that ordinary code references.</summary>
    public ImmutableArray<MetadataReference> Framework { get; }

    /// <summary>.NET 10 and the Google API surface (the shim of tests/ApiShim, with the real Google assembly names, and its dependencies).</summary>
    public ImmutableArray<MetadataReference> WithGoogle { get; }

    public string MeziantouFolder { get; }

    public string NetAnalyzersFolder { get; }

    public static BenchInputs Load()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "bench-inputs.txt");
        var lines = File.ReadAllLines(file)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToLookup(parts => parts[0], parts => parts[1].Trim());
        return new BenchInputs(References(lines["framework"]), References(lines["google"]), lines["meziantou"].Single(), lines["netanalyzers"].Single());
    }

    private static ImmutableArray<MetadataReference> References(IEnumerable<string> paths)
        => paths.Distinct().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
}
