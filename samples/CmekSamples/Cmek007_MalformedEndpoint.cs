using Google.Cloud.Speech.V2;

namespace CmekSamples;

/// <summary>CMEK007: an endpoint written as a URL; the gRPC client wants a bare host.</summary>
public static class Cmek007MalformedEndpoint
{
    public static SpeechClient Create() => new SpeechClientBuilder
    {
        Endpoint = "https://europe-west4-speech.googleapis.com/", // CMEK007
    }.Build();
}
