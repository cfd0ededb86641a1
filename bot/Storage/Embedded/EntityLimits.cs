using System.Globalization;

using Azure.Data.Tables;

namespace ConnectorBot.Storage.Embedded;

/// <summary>The Table service's limits on one entity, checked before anything is written.</summary>
public static class EntityLimits
{
    public const int MaxCustomProperties = 252;
    public const int MaxPropertyNameLength = 255;
    public const int MaxStringLength = 32 * 1024;
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>Throws the service's 400 error for the first limit the entity breaks.</summary>
    public static void Check(TableEntity entity)
    {
        var count = 0;
        foreach (var (name, value) in entity.CustomProperties)
        {
            count++;
            if (!IsValidName(name))
            {
                throw StoreErrors.PropertyNameInvalid();
            }

            var tooLarge = value switch
            {
                string s => s.Length > MaxStringLength,
                byte[] b => b.Length > MaxBinaryBytes,
                _ => false,
            };
            if (tooLarge)
            {
                throw StoreErrors.PropertyValueTooLarge(name);
            }
        }

        if (count > MaxCustomProperties)
        {
            throw StoreErrors.TooManyProperties(count);
        }
    }

    /// <summary>The size check runs on the JSON that is stored, so it needs the serialized form.</summary>
    public static void CheckSize(byte[] json)
    {
        if (json.Length > MaxEntityBytes)
        {
            throw StoreErrors.EntityTooLarge();
        }
    }

    /// <summary>C# identifier rules: a letter or '_', then letters, digits, connectors, combining marks.</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length is 0 or > MaxPropertyNameLength || !(name[0] == '_' || IsLetter(name[0])))
        {
            return false;
        }

        foreach (var c in name.AsSpan(1))
        {
            var ok = IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
