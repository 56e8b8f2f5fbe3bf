using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek006ResourceEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek006;

public class Cmek006DiagnosticTests
{
    [Fact]
    public Task GetRecognizer_with_typed_name_in_another_location() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                var name = RecognizerName.FromProjectLocationRecognizer("p", "us-central1", "r");
                speech.GetRecognizer(name);
            }
        }
        """,
        Verify.Diagnostic("CMEK006").WithSpan(9, 9, 9, 35).WithSpan(7, 59, 7, 85).WithSpan(9, 30, 9, 34).WithMessage(
            "The recognizer name is in location 'us-central1' (at line 9), but the client talks to the Speech endpoint of 'eu' " +
            "(endpoint 'eu-speech.googleapis.com' set at line 7)"));

    [Fact]
    public Task Interpolated_name_with_unknown_project() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(string project)
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                {|CMEK006:speech.GetRecognizer($"projects/{project}/locations/asia-northeast1/recognizers/r")|};
            }
        }
        """);

    [Fact]
    public Task CreateRecognizer_with_LocationName_parent() => Verify.AnalyzerAsync(
        """
        using Google.Api.Gax.ResourceNames;
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                {|CMEK006:speech.CreateRecognizer(LocationName.FromProjectLocation("p", "us-east1"), new Recognizer(), "r")|};
            }
        }
        """);

    [Fact]
    public Task Recognize_with_recognizer_string_on_the_global_client() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = SpeechClient.Create();
                {|CMEK006:speech.Recognize("projects/p/locations/eu/recognizers/_", new RecognitionConfig(), null, "gs://b/a.wav")|};
            }
        }
        """);

    [Fact]
    public Task BatchRecognize_is_checked_too() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "europe-west4-speech.googleapis.com" }.Build();
                {|CMEK006:speech.BatchRecognize("projects/p/locations/us/recognizers/_", new RecognitionConfig(), null, new[] { new BatchRecognizeFileMetadata { Uri = "gs://b/a.wav" } })|};
            }
        }
        """);

    [Fact]
    public Task GetRecognizerRequest_form() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-central1-speech.googleapis.com" }.Build();
                var request = new GetRecognizerRequest { Name = "projects/p/locations/us-west1/recognizers/r" };
                {|CMEK006:speech.GetRecognizer(request)|};
            }
        }
        """);

    [Fact]
    public Task Async_call_with_typed_name() => Verify.AnalyzerAsync(
        """
        using System.Threading.Tasks;
        using Google.Cloud.Speech.V2;

        class C
        {
            async Task M()
            {
                var speech = await SpeechClient.CreateAsync();
                await {|CMEK006:speech.GetRecognizerAsync(RecognizerName.FromProjectLocationRecognizer("p", "us", "r"))|};
            }
        }
        """);
}
