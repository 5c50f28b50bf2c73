using System.Diagnostics.CodeAnalysis;

namespace IntegrationHub.Fhir;

/// <summary>Throw helpers kept out of line so the read paths stay small.</summary>
internal static class FhirJsonThrow
{
    [DoesNotReturn]
    public static void DuplicateChoice(string element)
        => throw new FhirJsonException(IssueType.Structure, $"More than one type given for the choice element {element}.");

    [DoesNotReturn]
    public static void MissingChoice(string element)
        => throw new FhirJsonException(IssueType.Required, $"The required choice element {element} is missing.");

    [DoesNotReturn]
    public static void WrongToken(string expected)
        => throw new FhirJsonException(IssueType.Structure, $"Expected {expected}.");

    [DoesNotReturn]
    public static void EmptyString()
        => throw new FhirJsonException(IssueType.Value, "Empty strings are not allowed in FHIR; leave the element out instead.");

    [DoesNotReturn]
    public static void InvalidCode(string code, string valueSet)
        => throw new FhirJsonException(IssueType.CodeInvalid, $"The code '{code}' is not in the required value set {valueSet}.");

    [DoesNotReturn]
    public static void InvalidFormat(string fhirType, string text)
        => throw new FhirJsonException(IssueType.Value, $"'{text}' is not a valid FHIR {fhirType}.");

    [DoesNotReturn]
    public static void InvalidFormat(string fhirType)
        => throw new FormatException($"The text is not a valid FHIR {fhirType}.");
}
