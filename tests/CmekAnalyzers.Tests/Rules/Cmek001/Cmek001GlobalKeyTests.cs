using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek001KeyEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek001;

public class Cmek001GlobalKeyTests
{
    [Fact]
    public Task Global_key_on_a_regional_client_gets_the_global_endpoint() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Global_endpoint_written_explicitly_and_regional_key() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = SpeechClient.DefaultEndpoint }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);
}
