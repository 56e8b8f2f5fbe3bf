using Microsoft.CodeAnalysis.Testing;
using Cmek001 = CmekAnalyzers.Tests.Options.OptionsTest<CmekAnalyzers.Rules.Cmek001KeyEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;
using Cmek002 = CmekAnalyzers.Tests.Options.OptionsTest<CmekAnalyzers.Rules.Cmek002RegionalKeyGlobalEndpointAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;
using Cmek006 = CmekAnalyzers.Tests.Options.OptionsTest<CmekAnalyzers.Rules.Cmek006ResourceEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Options;

/// <summary>cmek_analyzers.speech_endpoint_location: the location of clients whose endpoint the code does not show.</summary>
public class AssumedEndpointLocationTests
{
    private const string FromOption = "from option cmek_analyzers.speech_endpoint_location, as the code does not show this client's endpoint";

    /// <summary>A client injected by constructor; the project registers no SpeechClient (another project does).</summary>
    private static string InjectedClient(string call) =>
        $$"""
        using Google.Cloud.Speech.V2;

        class Service
        {
            private readonly SpeechClient _speech;

            public Service(SpeechClient speech) => _speech = speech;

            public void Run() => {|#0:{{call}}|};
        }
        """;

    private static string KeyChange(string location) =>
        InjectedClient($$"""_speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/{{location}}/keyRings/r/cryptoKeys/k" }, null)""");

    private static (string, string)[] Location(string location) => new[] { Cmek001.GlobalConfig("cmek_analyzers.speech_endpoint_location = " + location) };

    [Fact]
    public Task Injected_client_and_option_give_CMEK001_naming_the_option() => Cmek001.AnalyzerAsync(
        Location("europe-west4"),
        KeyChange("us"),
        Cmek001.Diagnostic("CMEK001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "KMS key location 'us' (key 'projects/p/locations/us/keyRings/r/cryptoKeys/k' at line 9) does not match the Speech endpoint " +
            "location 'europe-west4' (endpoint location 'europe-west4' " + FromOption + ")"));

    [Fact]
    public Task Injected_client_without_the_option_is_silent() => Cmek001.AnalyzerAsync(Array.Empty<(string, string)>(), KeyChange("us"));

    [Fact]
    public Task Key_in_the_assumed_location_is_silent() => Cmek001.AnalyzerAsync(Location("europe-west4"), KeyChange("europe-west4"));

    [Fact]
    public Task Assumed_eu_matches_a_europe_key() => Cmek001.AnalyzerAsync(Location("eu"), KeyChange("europe"));

    [Fact]
    public Task Assumed_global_gives_CMEK002_for_a_regional_key() => Cmek002.AnalyzerAsync(
        Location("global"),
        KeyChange("europe-west4"),
        Cmek002.Diagnostic("CMEK002").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "KMS key location 'europe-west4' (key 'projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k' at line 9) is regional, but the client " +
            "talks to the global endpoint (endpoint location 'global' " + FromOption + "); set Endpoint = \"europe-west4-speech.googleapis.com\""));

    [Fact]
    public Task Assumed_location_gives_CMEK006_for_a_resource_elsewhere() => Cmek006.AnalyzerAsync(
        Location("europe-west4"),
        InjectedClient("""_speech.GetRecognizer("projects/p/locations/us-central1/recognizers/r")"""),
        Cmek006.Diagnostic("CMEK006").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "The recognizer name is in location 'us-central1' (at line 9), but the client talks to the Speech endpoint of 'europe-west4' " +
            "(endpoint location 'europe-west4' " + FromOption + ")"));

    [Fact]
    public Task Client_parameter_of_a_method_gets_the_assumed_location() => Cmek006.AnalyzerAsync(
        Location("us"),
        """
        using Google.Cloud.Speech.V2;

        static class Recognizers
        {
            public static Recognizer Get(SpeechClient speech) => {|CMEK006:speech.GetRecognizer("projects/p/locations/eu/recognizers/r")|};
        }
        """);

    [Fact]
    public Task Endpoint_read_from_configuration_gets_the_assumed_location() => Cmek001.AnalyzerAsync(
        Location("europe-west4"),
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(System.Collections.Generic.IDictionary<string, string> settings)
            {
                var speech = new SpeechClientBuilder { Endpoint = settings["Speech:Endpoint"] }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public Task Client_from_a_factory_or_a_handed_in_builder_gets_the_assumed_location() => Cmek006.AnalyzerAsync(
        Location("us"),
        """
        using Google.Cloud.Speech.V2;

        interface ISpeechFactory
        {
            SpeechClient Create();
        }

        class C
        {
            void M(ISpeechFactory factory, SpeechClientBuilder builder)
            {
                {|CMEK006:factory.Create().GetRecognizer("projects/p/locations/eu/recognizers/r")|};
                var built = builder.Build();
                {|CMEK006:built.GetRecognizer("projects/p/locations/eu/recognizers/r")|};
            }
        }
        """);

    [Fact]
    public Task Another_universe_is_not_assumed() => Cmek001.AnalyzerAsync(
        Location("europe-west4"),
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { UniverseDomain = "example.net" }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Explicit_endpoint_in_code_wins_over_the_option() => Cmek001.AnalyzerAsync(
        Location("europe-west4"),
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Client_without_endpoint_in_code_stays_global_despite_the_option() => Cmek002.AnalyzerAsync(
        Location("europe-west4"),
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = SpeechClient.Create();
                {|CMEK002:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public Task Registration_in_the_project_wins_over_the_option() => Cmek001.AnalyzerAsync(
        Location("europe-west4"),
        new[]
        {
            KeyChange("us").Replace("{|#0:", string.Empty).Replace("|};", ";"),
            """
            using Microsoft.Extensions.DependencyInjection;

            static class Setup
            {
                public static void Register(IServiceCollection services) => services.AddSpeechClient(b => b.Endpoint = "us-speech.googleapis.com");
            }
            """,
        });

    [Fact]
    public Task Unplaced_host_in_code_is_not_assumed() => Cmek001.AnalyzerAsync(
        Location("europe-west4"),
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "localhost:8080" }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Client_assigned_twice_is_not_assumed() => Cmek001.AnalyzerAsync(
        Location("europe-west4"),
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(bool local, SpeechClient other)
            {
                var speech = other;
                if (local)
                {
                    speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                }

                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    /// <summary>The same key change in a second file (Test1.cs).</summary>
    private static string OtherClass => KeyChange("us").Replace("class Service", "class Other").Replace("public Service", "public Other").Replace("{|#0:", "{|#1:");

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult UsKeyAgainstEuropeWest4() => Cmek001.Diagnostic("CMEK001").WithLocation(0)
        .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
        .WithArguments("us", "key 'projects/p/locations/us/keyRings/r/cryptoKeys/k' at line 9", "the Speech endpoint location", "europe-west4", "endpoint location 'europe-west4' " + FromOption);

    [Fact]
    public Task Client_chosen_by_a_condition_is_not_assumed() => Cmek001.AnalyzerAsync(
        Location("europe-west4"),
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(bool local, SpeechClient other)
            {
                var speech = local ? new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build() : other;
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
                (other ?? SpeechClient.Create()).UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Endpoint_chosen_by_a_condition_is_not_assumed() => Cmek001.AnalyzerAsync(
        Location("europe-west4"),
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(bool local, string configured)
            {
                var speech = new SpeechClientBuilder { Endpoint = local ? "us-speech.googleapis.com" : configured }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Option_set_for_one_file_in_an_editorconfig_section() => Cmek001.AnalyzerAsync(
        new[] { Cmek001.EditorConfig("[Test0.cs]\ncmek_analyzers.speech_endpoint_location = europe-west4") },
        new[] { KeyChange("us"), OtherClass },
        UsKeyAgainstEuropeWest4());

    [Fact]
    public Task Editorconfig_none_turns_a_global_option_off_for_one_file() => Cmek001.AnalyzerAsync(
        new[]
        {
            Cmek001.GlobalConfig("cmek_analyzers.speech_endpoint_location = europe-west4"),
            Cmek001.EditorConfig("[Test1.cs]\ncmek_analyzers.speech_endpoint_location = none"),
        },
        new[] { KeyChange("us"), OtherClass },
        UsKeyAgainstEuropeWest4());

    [Fact]
    public Task No_fix_is_offered_when_the_endpoint_is_not_in_code() => Cmek002.NoFixAsync(Location("global"), KeyChange("europe-west4").Replace("{|#0:", "{|CMEK002:"));

    [Fact]
    public Task No_CMEK001_fix_for_an_assumed_location() => Cmek001.NoFixAsync(Location("europe-west4"), KeyChange("us").Replace("{|#0:", "{|CMEK001:"));
}
