using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CmekAnalyzers.Fuzz;

/// <summary>
/// What surrounds a fuzzed compilation besides its code: the package's .editorconfig options (good, bad and odd values)
/// and appsettings*.json additional files (good, conflicting, malformed). Each compilation gets one, picked from its
/// text so that a rerun with the same seed picks the same.
/// </summary>
internal static class Environments
{
    private const string Location = "cmek_analyzers.speech_endpoint_location";
    private const string Hosts = "cmek_analyzers.endpoint_locations";

    private static readonly AnalyzerOptions[] s_all =
    {
        Create(),
        Create(options: new() { [Location] = "europe-west4", [Hosts] = "speech-*.p.example.internal=us-central1, localhost=eu" }),
        Create(options: new() { [Location] = "global" }),
        Create(options: new() { [Location] = "Europe West4!", [Hosts] = "=, *=, a.*=x, speech-*=, *.*.*=eu, ,,, host=loc=two" }),
        Create(options: new() { [Location] = "\u0000\uD800", [Hosts] = new string('*', 5000) + "=eu, " + new string('a', 3000) + "=us" }),
        Create(files: new()
        {
            ["appsettings.json"] = """
                { // comments and trailing commas, as .NET configuration accepts
                  "Speech": { "Endpoint": "us-speech.googleapis.com", "KmsKeyName": "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k", },
                  "ConnectionStrings": { "Speech": "eu-speech.googleapis.com" },
                  "Arr": [ 1, "two", { "x": null } ],
                }
                """,
            ["appsettings.Production.json"] = """{ "Speech": { "Endpoint": "europe-west4-speech.googleapis.com" } }""",
        }),
        Create(files: new()
        {
            ["appsettings.json"] = """{ "Speech": { "Endpoint": "eu-speech.googleapis.com", "KmsKeyName": "projects/p/locations/us/keyRings/r/cryptoKeys/k" """,
            ["appsettings.Development.json"] = "\uFEFF{ \"Speech\": { \"Endpoint\": \"\\ud800\" }, \"Speech\": 1 }",
            ["appsettings.Staging.json"] = new string('[', 10_000),
        }),
    };

    public static int Count => s_all.Length;

    /// <summary>The environment of a compilation: a stable function of its text, so runs repeat.</summary>
    public static AnalyzerOptions For(Compilation compilation)
    {
        var length = compilation.SyntaxTrees.Sum(tree => (long)tree.Length);
        return s_all[(int)(length % s_all.Length)];
    }

    private static AnalyzerOptions Create(Dictionary<string, string>? options = null, Dictionary<string, string>? files = null)
    {
        var additional = (files ?? new()).Select(file => (AdditionalText)new InMemoryText("/fuzz/" + file.Key, file.Value)).ToImmutableArray();
        return new AnalyzerOptions(additional, new OptionsProvider(new ConfigOptions(options ?? new())));
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class ConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    /// <summary>The same options for every file, as a .globalconfig gives them.</summary>
    private sealed class OptionsProvider(AnalyzerConfigOptions options) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }
}
