using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek007MalformedEndpointAnalyzer, CmekAnalyzers.CodeFixes.MalformedEndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek007;

public class Cmek007MoreTests
{
    [Fact]
    public Task Surrounding_whitespace_is_reported() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            SpeechClient M() => new SpeechClientBuilder { Endpoint = " eu-speech.googleapis.com" }.Build();
        }
        """,
        Verify.Diagnostic("CMEK007").WithSpan(5, 62, 5, 89).WithMessage(
            "Speech endpoint ' eu-speech.googleapis.com' has surrounding whitespace; the endpoint of 'eu' is 'eu-speech.googleapis.com'"));

    [Fact]
    public Task Static_readonly_field_literal_is_normalised() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        static class Settings
        {
            public static readonly string SpeechHost = "https://us-central1-speech.googleapis.com";
        }

        class C
        {
            SpeechClient M() => new SpeechClientBuilder { Endpoint = {|CMEK007:Settings.SpeechHost|} }.Build();
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        static class Settings
        {
            public static readonly string SpeechHost = "us-central1-speech.googleapis.com";
        }

        class C
        {
            SpeechClient M() => new SpeechClientBuilder { Endpoint = Settings.SpeechHost }.Build();
        }
        """);

    [Fact]
    public Task Non_google_hosts_with_scheme_are_not_placed() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                new SpeechClientBuilder { Endpoint = "https://localhost:8080" }.Build();
                new SpeechClientBuilder { Endpoint = "https://speech-europe-west4.p.googleapis.com" }.Build();
            }
        }
        """);
}
