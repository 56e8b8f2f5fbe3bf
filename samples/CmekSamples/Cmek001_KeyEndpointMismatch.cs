using Google.Cloud.Speech.V2;
using Google.Protobuf.WellKnownTypes;

namespace CmekSamples;

/// <summary>CMEK001: the key is in europe-west4, the client talks to us-central1.</summary>
public static class Cmek001KeyEndpointMismatch
{
    private const string Project = "my-project";

    public static void EnableCmek()
    {
        var speech = new SpeechClientBuilder { Endpoint = "us-central1-speech.googleapis.com" }.Build();
        var config = new Config
        {
            Name = ConfigName.FormatProjectLocation(Project, "europe-west4"),
            KmsKeyName = CryptoKeyName.FormatProjectLocationKeyRingCryptoKey(Project, "europe-west4", "speech-ring", "speech-key"),
        };
        speech.UpdateConfig(config, new FieldMask { Paths = { "kms_key_name" } }); // CMEK001
    }
}
