using System.Collections.Generic;

namespace CmekAnalyzers.Domain;

/// <summary>
/// Proto fields of the Speech messages that the generated C# exposes under two names: the string and its typed view
/// (<c>KmsKeyName</c> / <c>KmsKeyNameAsCryptoKeyName</c>, <c>Name</c> / <c>RecognizerName</c>...). Setting either sets the field.
/// </summary>
internal static class MessageFields
{
    public static readonly string[] KmsKeyName = { "KmsKeyName", "KmsKeyNameAsCryptoKeyName" };
    public static readonly string[] Name = { "Name", "ConfigName", "RecognizerName", "CustomClassName", "PhraseSetName" };
    public static readonly string[] Parent = { "Parent", "ParentAsLocationName" };
    public static readonly string[] RecognizerReference = { "Recognizer", "RecognizerAsRecognizerName" };
    public static readonly string[] Endpoint = { "Endpoint" };
    public static readonly string[] Config = { "Config" };
    public static readonly string[] UpdateMask = { "UpdateMask" };

    public static IReadOnlyCollection<string> ViewsOf(string property)
    {
        foreach (var group in new[] { KmsKeyName, Name, Parent })
        {
            foreach (var name in group)
            {
                if (name == property)
                {
                    return group;
                }
            }
        }

        return new[] { property };
    }
}
