using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CmekAnalyzers.Tests.Rules.AppSettings;

/// <summary>Runs a rule on one C# snippet plus additional files (appsettings.json and friends).</summary>
internal static class AppSettingsTest
{
    /// <summary>The settings most tests share: a europe-west4 key and a us endpoint, with comments and trailing commas.</summary>
    public const string Json = """
        {
          // what the service uses
          "Speech": {
            "KmsKeyName": "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k",
            "Endpoint": "us-speech.googleapis.com", /* regional */
          },
          "ConnectionStrings": { "Speech": "eu-speech.googleapis.com" },
        }
        """;

    public static Task RunAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => RunAsync<TAnalyzer>(source, new[] { ("appsettings.json", Json) }, expected);

    public static async Task RunAsync<TAnalyzer>(string source, (string Name, string Text)[] files, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = Verify<TAnalyzer, EndpointCodeFixProvider>.Create();
        test.TestState.Sources.Add(source);
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
