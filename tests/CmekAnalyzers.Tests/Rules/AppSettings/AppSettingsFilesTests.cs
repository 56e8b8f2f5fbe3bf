using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek002RegionalKeyGlobalEndpointAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.AppSettings;

/// <summary>Which additional files are read and how several of them combine; CMEK002 with a key from configuration.</summary>
public class AppSettingsFilesTests
{
    private const string Source = """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;

        class C
        {
            void M(IConfiguration configuration)
            {
                var speech = SpeechClient.Create();
                MARK_STARTspeech.UpdateConfig(new Config { KmsKeyName = configuration["Speech:KmsKeyName"] }, null)MARK_END;
            }
        }
        """;

    private const string EuropeKey = """{ "Speech": { "KmsKeyName": "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" } }""";
    private const string UsKey = """{ "Speech": { "KmsKeyName": "projects/p/locations/us/keyRings/r/cryptoKeys/k" } }""";

    private static string Marked(bool expected)
        => Source.Replace("MARK_START", expected ? "{|CMEK002:" : "").Replace("MARK_END", expected ? "|}" : "");

    [Fact]
    public Task Key_from_configuration_with_the_global_endpoint() => AppSettingsTest.RunAsync<Cmek002RegionalKeyGlobalEndpointAnalyzer>(
        Source.Replace("MARK_START", "").Replace("MARK_END", ""),
        new[] { ("appsettings.json", EuropeKey) },
        Verify.Diagnostic("CMEK002").WithSpan(9, 9, 9, 98).WithSpan(8, 22, 8, 43).WithSpan(9, 55, 9, 89).WithMessage(
            "KMS key location 'europe-west4' (key 'projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k' from appsettings.json (Speech:KmsKeyName) at line 9) is regional, " +
            "but the client talks to the global endpoint (SpeechClient.Create() at line 8 uses the global endpoint); set Endpoint = \"europe-west4-speech.googleapis.com\""));

    [Fact]
    public Task Files_that_agree_give_the_value() => AppSettingsTest.RunAsync<Cmek002RegionalKeyGlobalEndpointAnalyzer>(
        Marked(true), new[] { ("appsettings.json", EuropeKey), ("appsettings.Production.json", EuropeKey) });

    [Fact]
    public Task A_key_set_in_one_file_only_is_known() => AppSettingsTest.RunAsync<Cmek002RegionalKeyGlobalEndpointAnalyzer>(
        Marked(true), new[] { ("appsettings.json", """{ "Logging": { "LogLevel": "Warning" } }"""), ("appsettings.Production.json", EuropeKey) });

    [Fact]
    public Task Files_that_disagree_leave_the_key_unknown() => AppSettingsTest.RunAsync<Cmek002RegionalKeyGlobalEndpointAnalyzer>(
        Marked(false), new[] { ("appsettings.json", EuropeKey), ("appsettings.Development.json", UsKey) });

    [Fact]
    public Task A_malformed_file_is_ignored_without_a_crash() => AppSettingsTest.RunAsync<Cmek002RegionalKeyGlobalEndpointAnalyzer>(
        Marked(false), new[] { ("appsettings.json", EuropeKey.Replace("}", "").Replace("\"k\"", "\"k")) });

    [Fact]
    public Task A_malformed_file_does_not_hide_a_good_one() => AppSettingsTest.RunAsync<Cmek002RegionalKeyGlobalEndpointAnalyzer>(
        Marked(true), new[] { ("appsettings.json", EuropeKey), ("appsettings.Staging.json", "{ \"Speech\": ") });

    [Theory]
    [InlineData("settings.json")]
    [InlineData("appsettings.json.bak")]
    [InlineData("config/speech.json")]
    public Task Other_additional_files_are_not_read(string name) => AppSettingsTest.RunAsync<Cmek002RegionalKeyGlobalEndpointAnalyzer>(
        Marked(false), new[] { (name, EuropeKey) });

    [Fact]
    public Task Without_additional_files_configuration_stays_unknown() => AppSettingsTest.RunAsync<Cmek002RegionalKeyGlobalEndpointAnalyzer>(
        Marked(false), Array.Empty<(string, string)>());
}
