using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek001KeyEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek001;

public class Cmek001CodeFixTests
{
    [Fact]
    public Task Endpoint_literal_is_rewritten_keeping_its_trailing_comment() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var builder = new SpeechClientBuilder
                {
                    Endpoint = "us-speech.googleapis.com" // admin endpoint
                };
                var speech = builder.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var builder = new SpeechClientBuilder
                {
                    Endpoint = "europe-west4-speech.googleapis.com" // admin endpoint
                };
                var speech = builder.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Europe_key_gets_the_eu_endpoint() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var builder = new SpeechClientBuilder();
                builder.Endpoint = "us-speech.googleapis.com";
                var speech = builder.Build();
                {|CMEK001:speech.UpdateConfig(new Config { Name = "projects/p/locations/eu/config", KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var builder = new SpeechClientBuilder();
                builder.Endpoint = "eu-speech.googleapis.com";
                var speech = builder.Build();
                speech.UpdateConfig(new Config { Name = "projects/p/locations/eu/config", KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task No_fix_when_the_config_location_disagrees_with_the_key() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { Name = "projects/p/locations/us-central1/config", KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { Name = "projects/p/locations/us-central1/config", KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public Task Unknown_endpoint_with_config_mismatch_has_no_fix() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                {|CMEK001:speech.UpdateConfig(new Config { Name = "projects/p/locations/eu/config", KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                {|CMEK001:speech.UpdateConfig(new Config { Name = "projects/p/locations/eu/config", KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public async Task Fix_all_rewrites_both_clients_of_one_document()
    {
        var test = Verify.Create();
        test.TestState.Sources.Add(
            """
            using Google.Cloud.Speech.V2;

            class C
            {
                void M()
                {
                    var first = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                    {|CMEK001:first.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null)|};
                    var second = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                    {|CMEK001:second.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us-central1/keyRings/r/cryptoKeys/k" }, null)|};
                }
            }
            """);
        test.FixedState.Sources.Add(
            """
            using Google.Cloud.Speech.V2;

            class C
            {
                void M()
                {
                    var first = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                    first.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null);
                    var second = new SpeechClientBuilder { Endpoint = "us-central1-speech.googleapis.com" }.Build();
                    second.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us-central1/keyRings/r/cryptoKeys/k" }, null);
                }
            }
            """);
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
