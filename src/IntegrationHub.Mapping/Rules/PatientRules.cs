using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// UK rules on a mapped Patient: an NHS number must pass Modulus 11 (a failing one is reported and left
/// out, so it can never become a routing key), and PID-32 becomes the UK Core verification status extension.
/// </summary>
internal static class PatientRules
{
    public static void Apply(Patient patient, Hl7Element pid32, MappingContext context)
    {
        if (patient.Identifier is not { } identifiers)
        {
            return;
        }

        for (var i = identifiers.Count - 1; i >= 0; i--)
        {
            var identifier = identifiers[i];
            if (identifier.System != FhirSystems.NhsNumber)
            {
                continue;
            }

            if (!NhsNumber.TryNormalise(identifier.Value, out var digits))
            {
                context.Location = Hl7Location.ForField("PID", 3);
                context.Warn(Hl7ErrorCode.DataTypeError, "The NHS number fails the Modulus 11 check; it is left out.");
                identifiers.RemoveAt(i);
                continue;
            }

            identifier.Value = digits;
            identifier.Use ??= IdentifierUse.Official;
            AddVerificationStatus(identifier, pid32, context);
        }

        if (identifiers.Count == 0)
        {
            patient.Identifier = null;
        }
    }

    private static void AddVerificationStatus(Identifier identifier, Hl7Element pid32, MappingContext context)
    {
        var code = pid32.Repetition(1).Component(1);
        if (!code.HasValue || identifier.Extension is not null)
        {
            return;
        }

        if (context.Profile.VerificationStatus?.Find(code.Raw) is not { } entry)
        {
            context.Location = Hl7Location.ForField("PID", 32);
            context.Warn(Hl7ErrorCode.TableValueNotFound, $"'{code.ToString()}' is not an NHS number verification status; it is left out.");
            return;
        }

        identifier.Extension =
        [
            new Extension
            {
                Url = FhirSystems.NhsNumberVerificationStatusExtension,
                ValueCodeableConcept = new CodeableConcept
                {
                    Coding = [new Coding { System = FhirSystems.NhsNumberVerificationStatusCodeSystem, Code = entry.Code, Display = entry.Display }],
                },
            },
        ];
    }
}
