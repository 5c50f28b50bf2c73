namespace IntegrationHub.Fhir;

/// <summary>
/// "Would anything be written?" checks behind <see cref="Element.IsEmpty"/>: FHIR forbids empty
/// arrays, strings and objects, so an element whose members are all empty is left out entirely.
/// </summary>
internal static class FhirContent
{
    public static bool NoStrings(List<string>? list)
    {
        if (list is null)
        {
            return true;
        }

        foreach (var item in list)
        {
            if (!string.IsNullOrEmpty(item))
            {
                return false;
            }
        }

        return true;
    }

    public static bool NoItems<T>(List<T>? list) => list is not { Count: > 0 };

    public static bool NoElements<T>(List<T>? list)
        where T : Element?
    {
        if (list is null)
        {
            return true;
        }

        foreach (var item in list)
        {
            if (item is { IsEmpty: false })
            {
                return false;
            }
        }

        return true;
    }
}
