using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek007MalformedEndpointAnalyzer, CmekAnalyzers.CodeFixes.MalformedEndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek007;

public class Cmek007DiagnosticTests
{
    private static string Snippet(string endpoint) =>
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            SpeechClient M() => new SpeechClientBuilder { Endpoint = ENDPOINT }.Build();
        }
        """.Replace("ENDPOINT", "\"" + endpoint + "\"");

    private static Task ReportedAsync(string endpoint, string problem, string location, string canonical) => Verify.AnalyzerAsync(
        Snippet(endpoint),
        Verify.Diagnostic("CMEK007").WithSpan(5, 62, 5, 62 + endpoint.Length + 2).WithMessage(
            "Speech endpoint '" + endpoint + "' has " + problem + "; the endpoint of '" + location + "' is '" + canonical + "'"));

    [Fact]
    public Task Url_scheme() => ReportedAsync(
        "https://eu-speech.googleapis.com", "a URL scheme ('https://')", "eu", "eu-speech.googleapis.com");

    [Fact]
    public Task Speech_dot_location_host_shape() => ReportedAsync(
        "speech.europe-west4.googleapis.com", "the host shape (regional endpoints are '{location}-speech.googleapis.com')", "europe-west4", "europe-west4-speech.googleapis.com");

    [Fact]
    public Task Location_dot_speech_host_shape() => ReportedAsync(
        "europe-west4.speech.googleapis.com", "the host shape (regional endpoints are '{location}-speech.googleapis.com')", "europe-west4", "europe-west4-speech.googleapis.com");

    [Fact]
    public Task Upper_case() => ReportedAsync(
        "EU-speech.googleapis.com", "upper-case letters", "eu", "eu-speech.googleapis.com");

    [Fact]
    public Task Path() => ReportedAsync(
        "us-speech.googleapis.com/v2", "a path ('/v2')", "us", "us-speech.googleapis.com");

    [Fact]
    public Task Scheme_and_path_together() => ReportedAsync(
        "https://speech.googleapis.com/", "a URL scheme ('https://'), a path ('/')", "global", "speech.googleapis.com");

    [Fact]
    public Task Endpoint_set_in_AddSpeechClient() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.DependencyInjection;

        static class Startup
        {
            public static void Configure(IServiceCollection services)
                => services.AddSpeechClient(b => b.Endpoint = {|CMEK007:"https://europe-west4-speech.googleapis.com"|});
        }
        """);

    [Fact]
    public Task Endpoint_from_a_const_is_reported_at_the_assignment() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            private const string SpeechHost = "speech.us-central1.googleapis.com";

            SpeechClient M()
            {
                var builder = new SpeechClientBuilder();
                builder.Endpoint = {|CMEK007:SpeechHost|};
                return builder.Build();
            }
        }
        """);
}
