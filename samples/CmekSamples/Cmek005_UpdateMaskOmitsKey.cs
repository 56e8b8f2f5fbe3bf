using Google.Cloud.Speech.V2;
using Google.Protobuf.WellKnownTypes;

namespace CmekSamples;

/// <summary>CMEK005: the JSON spelling of the field in the update mask: the key is left unchanged.</summary>
public static class Cmek005UpdateMaskOmitsKey
{
    public static Task<Config> EnableAsync(SpeechClient speech, string project) => speech.UpdateConfigAsync(new UpdateConfigRequest
    {
        Config = new Config
        {
            Name = ConfigName.FormatProjectLocation(project, "global"),
            KmsKeyName = CryptoKeyName.FormatProjectLocationKeyRingCryptoKey(project, "global", "speech", "key"),
        },
        UpdateMask = FieldMask.FromString("kmsKeyName"), // CMEK005
    });
}
