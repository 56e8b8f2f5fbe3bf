using System.Diagnostics;
using Google.Cloud.Kms.V1;
using Google.Cloud.Speech.V2;
using Google.Protobuf.WellKnownTypes;

namespace CmekSamples;

/// <summary>CMEK003: a key rotation that assumes existing recognizers follow the config's new key.</summary>
public sealed class Cmek003ReencryptionAssumed
{
    private const string Parent = "projects/my-project/locations/global";
    private readonly SpeechClient _speech = SpeechClient.Create();
    private readonly KeyManagementServiceClient _kms = KeyManagementServiceClient.Create();

    public void Rotate(string newKey, string oldKeyVersion)
    {
        var meetings = _speech.GetRecognizer(Parent + "/recognizers/meetings");
        _speech.UpdateConfig(new Config { Name = Parent + "/config", KmsKeyName = newKey }, new FieldMask { Paths = { "kms_key_name" } });

        Debug.Assert(meetings.KmsKeyName == newKey); // CMEK003
        _kms.DestroyCryptoKeyVersion(oldKeyVersion); // CMEK003
    }

    /// <summary>The old key version is destroyed right after the key change: every existing resource still on it becomes unreadable.</summary>
    public void RotateAndRetire(string newKey, string oldKeyVersion)
    {
        _speech.UpdateConfig(new Config { Name = Parent + "/config", KmsKeyName = newKey }, new FieldMask { Paths = { "kms_key_name" } });
        _kms.DestroyCryptoKeyVersion(oldKeyVersion); // CMEK003
    }
}
