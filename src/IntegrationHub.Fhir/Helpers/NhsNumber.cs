namespace IntegrationHub.Fhir;

/// <summary>The NHS number rules UK Core relies on: ten digits with a Modulus 11 check digit.</summary>
public static class NhsNumber
{
    private const int Length = 10;

    /// <summary>True for exactly ten ASCII digits whose last digit is the Modulus 11 check of the first nine.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != Length)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            if (i < Length - 1)
            {
                sum += (value[i] - '0') * (Length - i);
            }
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        // A check value of 10 means no valid NHS number has these nine digits.
        return check != 10 && check == value[Length - 1] - '0';
    }

    /// <summary>
    /// An official NHS number identifier with the UK Core verification status extension (code from
    /// <see cref="FhirSystems.NhsNumberVerificationStatusCodeSystem"/>, e.g. <c>01</c> "Number present
    /// and verified"). The caller checks <see cref="IsValid"/> first; bad numbers are mapping issues, not exceptions here.
    /// </summary>
    public static Identifier ToIdentifier(string nhsNumber, string? verificationStatusCode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(nhsNumber);
        var identifier = new Identifier { Use = IdentifierUse.Official, System = FhirSystems.NhsNumber, Value = nhsNumber };
        if (!string.IsNullOrEmpty(verificationStatusCode))
        {
            identifier.Extension =
            [
                new Extension
                {
                    Url = FhirSystems.NhsNumberVerificationStatusExtension,
                    ValueCodeableConcept = new CodeableConcept
                    {
                        Coding = [new Coding { System = FhirSystems.NhsNumberVerificationStatusCodeSystem, Code = verificationStatusCode }],
                    },
                },
            ];
        }

        return identifier;
    }
}
