using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek006ResourceEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek006;

public class Cmek006RequestFormTests
{
    [Fact]
    public Task RecognizeRequest_with_typed_recognizer_view() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                var request = new RecognizeRequest
                {
                    RecognizerAsRecognizerName = RecognizerName.FromProjectLocationRecognizer("p", "eu", "_"),
                    Uri = "gs://b/a.wav",
                };
                {|CMEK006:speech.Recognize(request)|};
            }
        }
        """);

    [Fact]
    public Task UpdateRecognizer_reads_the_recognizer_name() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                var recognizer = new Recognizer { Name = "projects/p/locations/asia-east1/recognizers/r" };
                {|CMEK006:speech.UpdateRecognizer(recognizer, new FieldMask())|};
            }
        }
        """);

    [Fact]
    public Task Recognizer_name_in_the_client_location_is_silent_in_every_form() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                speech.GetRecognizer(new GetRecognizerRequest { Name = "projects/p/locations/eu/recognizers/r" });
                speech.Recognize(new RecognizeRequest { Recognizer = "projects/p/locations/eu/recognizers/_" });
                speech.UpdateRecognizer(new Recognizer { Name = "projects/p/locations/eu/recognizers/r" }, new FieldMask());
            }
        }
        """);

    [Fact]
    public Task Registration_with_service_provider_overload() => Verify.AnalyzerAsync(
        """
        using System;
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.DependencyInjection;

        static class Startup
        {
            public static void Configure(IServiceCollection services)
                => services.AddSpeechClient((sp, b) => b.Endpoint = "us-speech.googleapis.com");

            public static void Use(IServiceProvider provider)
            {
                var speech = provider.GetRequiredService<SpeechClient>();
                {|CMEK006:speech.GetRecognizer("projects/p/locations/eu/recognizers/r")|};
            }
        }
        """);

    [Fact]
    public Task Typed_name_and_parent_views_of_request_objects() => Verify.AnalyzerAsync(
        """
        using Google.Api.Gax.ResourceNames;
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                {|CMEK006:speech.GetRecognizer(new GetRecognizerRequest { RecognizerName = RecognizerName.FromProjectLocationRecognizer("p", "us", "r") })|};
                {|CMEK006:speech.CreateRecognizer(new CreateRecognizerRequest { ParentAsLocationName = LocationName.FromProjectLocation("p", "us-central1"), RecognizerId = "r" })|};
            }
        }
        """);
}
