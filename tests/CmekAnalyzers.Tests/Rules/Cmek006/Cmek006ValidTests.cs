using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek006ResourceEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek006;

public class Cmek006ValidTests
{
    [Fact]
    public Task Matching_recognizer_and_endpoint() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(string project)
            {
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                speech.GetRecognizer(RecognizerName.FromProjectLocationRecognizer(project, "eu", "r"));
                speech.Recognize($"projects/{project}/locations/eu/recognizers/_", new RecognitionConfig(), null, "gs://b/a.wav");
            }
        }
        """);

    [Fact]
    public Task Unknown_resource_location() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(string location, string recognizer)
            {
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                speech.GetRecognizer(RecognizerName.FromProjectLocationRecognizer("p", location, "r"));
                speech.GetRecognizer(recognizer);
            }
        }
        """);

    [Fact]
    public Task Create_and_global_recognizer() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = SpeechClient.Create();
                speech.GetRecognizer("projects/p/locations/global/recognizers/r");
            }
        }
        """);

    [Fact]
    public Task Unknown_endpoint_is_not_compared() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                speech.GetRecognizer("projects/p/locations/us/recognizers/r");
            }
        }
        """);

    [Fact]
    public Task UpdateConfig_with_key_and_config_together_is_left_to_CMEK001() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config
                {
                    Name = "projects/p/locations/europe-west4/config",
                    KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k",
                }, null);
            }
        }
        """);
}
