using Azure;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// The failures of the Table service, with its status codes, error codes and (shortened) messages.
/// Messages never carry keys or property values: those may be personal data.
/// </summary>
public static class StoreErrors
{
    public static RequestFailedException TableNotFound() =>
        new(404, "The table specified does not exist.", "TableNotFound", null);

    public static RequestFailedException ResourceNotFound() =>
        new(404, "The specified resource does not exist.", "ResourceNotFound", null);

    public static RequestFailedException TableAlreadyExists() =>
        new(409, "The table specified already exists.", "TableAlreadyExists", null);

    public static RequestFailedException EntityAlreadyExists() =>
        new(409, "The specified entity already exists.", "EntityAlreadyExists", null);

    public static RequestFailedException UpdateConditionNotSatisfied() =>
        new(412, "The update condition specified in the request was not satisfied.", "UpdateConditionNotSatisfied", null);

    public static RequestFailedException PropertyValueTooLarge(string propertyName) =>
        new(400, $"The value of property '{propertyName}' exceeds the maximum allowed size.", "PropertyValueTooLarge", null);

    public static RequestFailedException TooManyProperties(int count) =>
        new(400, $"The entity has {count} custom properties; at most {EntityLimits.MaxCustomProperties} are allowed.", "TooManyProperties", null);

    public static RequestFailedException EntityTooLarge() =>
        new(400, "The entity is larger than the maximum allowed size (1 MiB).", "EntityTooLarge", null);

    // The name is not echoed: an invalid name may be arbitrary caller data.
    public static RequestFailedException PropertyNameInvalid() =>
        new(400, "A property name is invalid: names follow C# identifier rules and hold at most 255 characters.", "PropertyNameInvalid", null);

    public static RequestFailedException InvalidInput(string reason) =>
        new(400, "One of the request inputs is not valid: " + reason, "InvalidInput", null);
}
