using Google.Cloud.Speech.V2;

namespace CmekSamples;

/// <summary>CMEK006: a recognizer in europe-west4 read through the europe-west3 endpoint.</summary>
public sealed class Cmek006ResourceEndpointMismatch
{
    private static readonly string Endpoint = "europe-west3-speech.googleapis.com";
    private readonly SpeechClient _speech = new SpeechClientBuilder { Endpoint = Endpoint }.Build();

    public Recognizer Load(string project)
        => _speech.GetRecognizer(RecognizerName.FromProjectLocationRecognizer(project, "europe-west4", "meetings")); // CMEK006
}
