using Microsoft.CodeAnalysis.Testing;
using Cmek001 = CmekAnalyzers.Tests.Options.OptionsTest<CmekAnalyzers.Rules.Cmek001KeyEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;
using Cmek006 = CmekAnalyzers.Tests.Options.OptionsTest<CmekAnalyzers.Rules.Cmek006ResourceEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;
using Cmek007 = CmekAnalyzers.Tests.Options.OptionsTest<CmekAnalyzers.Rules.Cmek007MalformedEndpointAnalyzer, CmekAnalyzers.CodeFixes.MalformedEndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Options;

/// <summary>cmek_analyzers.endpoint_locations: private hosts (private service connect, proxies) that serve a location.</summary>
public class EndpointLocationsTests
{
    private static readonly (string, string)[] s_private = { Cmek001.GlobalConfig("cmek_analyzers.endpoint_locations = speech-*.p.googleapis.com=europe-west4, speech.internal.example=us") };

    private static string KeyChange(string endpoint, string keyLocation) =>
        $$"""
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "{{endpoint}}" }.Build();
                {|#0:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/{{keyLocation}}/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """;

    [Fact]
    public Task Private_host_counts_as_the_pattern_location() => Cmek001.AnalyzerAsync(
        s_private,
        KeyChange("speech-prod1.p.googleapis.com", "us"),
        Cmek001.Diagnostic("CMEK001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "KMS key location 'us' (key 'projects/p/locations/us/keyRings/r/cryptoKeys/k' at line 8) does not match the Speech endpoint location " +
            "'europe-west4' (endpoint 'speech-prod1.p.googleapis.com' set at line 7, location 'europe-west4' from option cmek_analyzers.endpoint_locations)"));

    [Fact]
    public Task Private_host_with_a_key_of_its_location_is_silent() => Cmek001.AnalyzerAsync(s_private, KeyChange("speech-prod1.p.googleapis.com:443", "europe-west4"));

    [Fact]
    public Task Pattern_without_wildcard_matches_that_host_only() => Cmek001.AnalyzerAsync(
        s_private,
        new[] { KeyChange("speech.internal.example", "eu").Replace("{|#0:", "{|CMEK001:"), KeyChange("speech.internal.example.org", "eu").Replace("class C", "class D") });

    [Fact]
    public Task Wildcard_stays_inside_one_label() => Cmek001.AnalyzerAsync(s_private, KeyChange("speech-a.b.p.googleapis.com", "us"));

    [Fact]
    public Task Host_without_a_pattern_stays_unknown() => Cmek001.AnalyzerAsync(Array.Empty<(string, string)>(), KeyChange("speech-prod1.p.googleapis.com", "us"));

    [Fact]
    public Task Private_host_location_gives_CMEK006() => Cmek006.AnalyzerAsync(
        s_private,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "SPEECH-prod1.p.googleapis.com" }.Build();
                {|CMEK006:speech.GetRecognizer("projects/p/locations/us/recognizers/r")|};
            }
        }
        """);

    [Fact]
    public Task Private_host_of_the_project_registration_places_injected_clients() => Cmek001.AnalyzerAsync(
        s_private,
        new[]
        {
            """
            using Google.Cloud.Speech.V2;

            class Service
            {
                private readonly SpeechClient _speech;

                public Service(SpeechClient speech) => _speech = speech;

                public void Run() => {|CMEK001:_speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
            """,
            """
            using Microsoft.Extensions.DependencyInjection;

            static class Setup
            {
                public static void Register(IServiceCollection services) => services.AddSpeechClient(b => b.Endpoint = "speech-prod1.p.googleapis.com");
            }
            """,
        });

    [Fact]
    public Task Private_host_gets_no_endpoint_fix() => Cmek001.NoFixAsync(s_private, KeyChange("speech-prod1.p.googleapis.com", "us").Replace("{|#0:", "{|CMEK001:"));

    [Fact]
    public Task CMEK007_does_not_flag_a_private_host() => Cmek007.AnalyzerAsync(
        s_private,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            SpeechClient Create() => new SpeechClientBuilder { Endpoint = "speech-prod1.p.googleapis.com" }.Build();
        }
        """);

    [Fact]
    public Task CMEK007_does_not_flag_a_host_a_pattern_declares() => Cmek007.AnalyzerAsync(
        new[] { Cmek007.GlobalConfig("cmek_analyzers.endpoint_locations = speech.europe-west4.googleapis.com=europe-west4") },
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            SpeechClient Create() => new SpeechClientBuilder { Endpoint = "speech.europe-west4.googleapis.com" }.Build();
        }
        """);

    [Fact]
    public Task CMEK007_still_flags_that_host_without_the_pattern() => Cmek007.AnalyzerAsync(
        Array.Empty<(string, string)>(),
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            SpeechClient Create() => new SpeechClientBuilder { Endpoint = {|CMEK007:"speech.europe-west4.googleapis.com"|} }.Build();
        }
        """);
}
