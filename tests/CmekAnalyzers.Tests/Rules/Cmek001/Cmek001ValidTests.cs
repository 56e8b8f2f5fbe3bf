using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek001KeyEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek001;

public class Cmek001ValidTests
{
    [Fact]
    public Task Matching_regional_key_and_endpoint() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "europe-west4-speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config
                {
                    Name = "projects/p/locations/europe-west4/config",
                    KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k",
                }, null);
            }
        }
        """);

    [Fact]
    public Task Global_key_with_Create() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = SpeechClient.Create();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Eu_endpoint_and_europe_key_are_the_same_place() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com:443" }.Build();
                speech.UpdateConfig(new Config
                {
                    Name = "projects/p/locations/eu/config",
                    KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k",
                }, null);
            }
        }
        """);

    [Fact]
    public Task Unknown_key_from_parameter_or_configuration() => Verify.AnalyzerAsync(
        """
        using System.Collections.Generic;
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(string key, IDictionary<string, string> config)
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = key }, null);
                speech.UpdateConfig(new Config { KmsKeyName = config["Gcp:KmsKey"] }, null);
            }
        }
        """);

    [Fact]
    public Task Unknown_endpoint_from_parameter() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(string endpoint)
            {
                var speech = new SpeechClientBuilder { Endpoint = endpoint }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Emulator_endpoint_is_not_placed() => Verify.AnalyzerAsync(
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
    public Task Key_removal_is_not_a_location() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config { Name = "projects/p/locations/eu/config", KmsKeyName = "" }, null);
            }
        }
        """);

    [Fact]
    public Task Speech_V1_client_is_not_Speech_V2() => Verify.AnalyzerAsync(
        """
        using V1 = Google.Cloud.Speech.V1;

        class C
        {
            V1.SpeechClient M() => new V1.SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
        }
        """);

    [Fact]
    public Task User_type_named_SpeechClient_stays_silent() => Verify.AnalyzerAsync(
        """
        namespace MyApp
        {
            class Config { public string KmsKeyName { get; set; } }
            class SpeechClientBuilder { public string Endpoint { get; set; } public SpeechClient Build() => new SpeechClient(); }
            class SpeechClient { public void UpdateConfig(Config config, object mask) { } }

            class C
            {
                void M()
                {
                    var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                    speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null);
                }
            }
        }
        """);
}
