using Google.Cloud.Speech.V2;
using Google.Protobuf.WellKnownTypes;

namespace CmekSamples;

/// <summary>CMEK004: a key version where UpdateConfig takes a key.</summary>
public static class Cmek004MalformedKeyName
{
    private const string KeyVersion = "projects/my-project/locations/global/keyRings/speech/cryptoKeys/key/cryptoKeyVersions/3";

    public static Config Enable(SpeechClient speech) => speech.UpdateConfig(
        new Config { Name = "projects/my-project/locations/global/config", KmsKeyName = KeyVersion }, // CMEK004
        new FieldMask { Paths = { "kms_key_name" } });
}
