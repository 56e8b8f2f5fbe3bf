using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek007MalformedEndpointAnalyzer, CmekAnalyzers.CodeFixes.MalformedEndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek007;

public class Cmek007ValidTests
{
    [Theory]
    [InlineData("localhost:8080")]
    [InlineData("localhost")]
    [InlineData("speech-europe-west4.p.googleapis.com")]
    [InlineData("speech.googleapis.com")]
    [InlineData("speech.googleapis.com:443")]
    [InlineData("eu-speech.googleapis.com")]
    [InlineData("europe-west4-speech.googleapis.com:443")]
    [InlineData("speech.example.com")]
    public Task Not_flagged(string endpoint) => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            SpeechClient M() => new SpeechClientBuilder { Endpoint = ENDPOINT }.Build();
        }
        """.Replace("ENDPOINT", "\"" + endpoint + "\""));

    [Fact]
    public Task Unknown_values_and_other_builders() => Verify.AnalyzerAsync(
        """
        using System.Collections.Generic;
        using Google.Cloud.Speech.V2;
        using V1 = Google.Cloud.Speech.V1;

        class C
        {
            void M(string endpoint, IDictionary<string, string> config, bool flag)
            {
                new SpeechClientBuilder { Endpoint = endpoint }.Build();
                new SpeechClientBuilder { Endpoint = config["Speech:Endpoint"] }.Build();
                new SpeechClientBuilder { Endpoint = flag ? "https://eu-speech.googleapis.com" : endpoint }.Build();
                new V1.SpeechClientBuilder { Endpoint = "https://eu-speech.googleapis.com" }.Build();
            }
        }
        """);
}
