using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// CWE/CE/CNE (or a bare IS/ID code) as a CodeableConcept: code, display and coding system name
/// (CWE.1-3, with the alternate CWE.4-6), text from CWE.9. A code vocabulary translates listed codes;
/// coding system names (HL7 table 0396, e.g. SCT, DMD) become URIs through a coding-systems vocabulary.
/// </summary>
internal sealed class CodeableConceptReader(Vocabulary? codes, Vocabulary systems) : ValueReader<CodeableConcept>
{
    public override bool TryRead(Hl7Element value, MappingContext context, out CodeableConcept result)
    {
        result = null!;
        if (value.Level == Hl7Level.Field)
        {
            value = value.Repetition(1);
        }

        var first = Coding(value.Child(1), value.Child(2), value.Child(3), context);
        var second = value.Child(4).HasValue ? Coding(value.Child(4), value.Child(5), value.Child(6), context) : null;
        var text = value.Child(9);
        if (first is null && second is null && !text.HasValue)
        {
            return false;
        }

        result = new CodeableConcept();
        if (first is not null)
        {
            (result.Coding ??= []).Add(first);
        }

        if (second is not null)
        {
            (result.Coding ??= []).Add(second);
        }

        if (text.HasValue)
        {
            result.Text = text.ToString();
        }
        else if (first is not null && first.Display is null && value.Child(2).HasValue)
        {
            result.Text = value.Child(2).ToString();
        }

        return true;
    }

    private Coding? Coding(Hl7Element code, Hl7Element display, Hl7Element systemName, MappingContext context)
    {
        code = code.SubComponent(1);
        if (!code.HasValue)
        {
            return null;
        }

        if (codes?.Find(code.Raw) is { } entry)
        {
            return new Coding
            {
                System = entry.System ?? codes.DefaultSystem,
                Code = entry.Code,
                Display = entry.Display ?? (display.HasValue ? display.ToString() : null),
            };
        }

        var coding = new Coding { Code = code.ToString(), Display = display.HasValue ? display.ToString() : null };
        if (systemName.HasValue)
        {
            coding.System = CodingSystems.Resolve(systems, systemName);
        }
        else if (codes?.DefaultSystem is { } system)
        {
            coding.System = system;
        }

        if (codes is not null && codes.DefaultSystem is null && !systemName.HasValue)
        {
            context.Warn(Hl7ErrorCode.TableValueNotFound, $"Code '{coding.Code}' is not in {codes.Name}.");
        }

        return coding;
    }
}
