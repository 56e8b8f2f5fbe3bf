using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek006ResourceEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek006;

public class Cmek006CodeFixTests
{
    [Fact]
    public Task Endpoint_is_rewritten_to_the_resource_location() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                {|CMEK006:speech.GetRecognizer(RecognizerName.FromProjectLocationRecognizer("p", "us-central1", "r"))|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-central1-speech.googleapis.com" }.Build();
                speech.GetRecognizer(RecognizerName.FromProjectLocationRecognizer("p", "us-central1", "r"));
            }
        }
        """);

    [Fact]
    public Task Endpoint_is_added_to_Create_for_a_regional_resource() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = SpeechClient.Create();
                {|CMEK006:speech.GetRecognizer("projects/p/locations/us/recognizers/r")|};
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
                speech.GetRecognizer("projects/p/locations/us/recognizers/r");
            }
        }
        """);

    [Fact]
    public Task Global_resource_on_a_regional_client_gets_the_global_endpoint() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                {|CMEK006:speech.GetRecognizer("projects/p/locations/global/recognizers/r")|};
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
                speech.GetRecognizer("projects/p/locations/global/recognizers/r");
            }
        }
        """);
}
