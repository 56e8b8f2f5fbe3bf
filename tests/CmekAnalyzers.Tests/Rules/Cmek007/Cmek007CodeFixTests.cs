using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek007MalformedEndpointAnalyzer, CmekAnalyzers.CodeFixes.MalformedEndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek007;

public class Cmek007CodeFixTests
{
    [Fact]
    public Task Literal_is_normalised() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            SpeechClient M() => new SpeechClientBuilder { Endpoint = {|CMEK007:"https://EU-speech.googleapis.com/"|} /* prod */ }.Build();
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            SpeechClient M() => new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" /* prod */ }.Build();
        }
        """);

    [Fact]
    public Task Const_field_literal_is_normalised() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            private const string SpeechHost = "europe-west4.speech.googleapis.com";

            SpeechClient M()
            {
                var builder = new SpeechClientBuilder();
                builder.Endpoint = {|CMEK007:SpeechHost|};
                return builder.Build();
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            private const string SpeechHost = "europe-west4-speech.googleapis.com";

            SpeechClient M()
            {
                var builder = new SpeechClientBuilder();
                builder.Endpoint = SpeechHost;
                return builder.Build();
            }
        }
        """);

    [Fact]
    public Task Registration_lambda_literal_is_normalised() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.DependencyInjection;

        static class Startup
        {
            public static void Configure(IServiceCollection services)
                => services.AddSpeechClient(b => b.Endpoint = {|CMEK007:"speech.us-east1.googleapis.com"|});
        }
        """,
        """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.DependencyInjection;

        static class Startup
        {
            public static void Configure(IServiceCollection services)
                => services.AddSpeechClient(b => b.Endpoint = "us-east1-speech.googleapis.com");
        }
        """);
}
