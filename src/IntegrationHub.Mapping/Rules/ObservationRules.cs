using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// The parts of OBX -> Observation a row cannot say: the value's FHIR type follows the v2 value type in
/// OBX-2 (NM a Quantity with the OBX-6 units, CWE a CodeableConcept, TS a dateTime, text a string), and a
/// missing result status (OBX-11) is "unknown" rather than the model's first status. An OBX without an
/// observation identifier (OBX-3) cannot be an Observation (code is required): it is left out with a warning.
/// </summary>
internal static class ObservationRules
{
    private const string Ucum = "http://unitsofmeasure.org";
    private static readonly DecimalReader Numbers = new();
    private static readonly DateTimeReader Times = new();

    /// <summary>Completes <paramref name="observation"/> from its OBX; false when it must be left out.</summary>
    public static bool Apply(Observation observation, Hl7Segment obx, int occurrence, MappingContext context)
    {
        if (!obx.Field(11).HasValue)
        {
            observation.Status = ObservationStatus.Unknown;
        }

        var value = obx.Field(5);
        if (value.HasValue)
        {
            context.Location = new Hl7Location("OBX", occurrence, 5, 1, 0, 0);
            SetValue(observation, obx.Field(2).Component(1), value, obx.Field(6), context);
        }

        if (observation.Code is null)
        {
            context.Location = new Hl7Location("OBX", occurrence, 3, 0, 0, 0);
            context.Warn(Hl7ErrorCode.RequiredFieldMissing, "An OBX without an observation identifier (OBX-3) is left out.");
            return false;
        }

        return true;
    }

    private static void SetValue(Observation observation, Hl7Element type, Hl7Element value, Hl7Element units, MappingContext context)
    {
        var first = value.Repetition(1);
        if (type.ValueEquals("NM"u8))
        {
            if (Numbers.TryRead(first, context, out var number))
            {
                observation.ValueQuantity = Quantity(number, units, context);
                return;
            }
        }
        else if (type.ValueEquals("CWE"u8) || type.ValueEquals("CE"u8) || type.ValueEquals("CNE"u8) || type.ValueEquals("CF"u8))
        {
            if (context.Profile.CodedValues is { } reader && reader.TryRead(first, context, out var concept))
            {
                observation.ValueCodeableConcept = concept;
                return;
            }
        }
        else if (type.ValueEquals("TS"u8) || type.ValueEquals("DTM"u8) || type.ValueEquals("DT"u8))
        {
            if (Times.TryRead(first, context, out var time))
            {
                observation.ValueDateTime = time;
                return;
            }
        }

        // Text types (ST, TX, FT) and anything not read above: the text, repetitions one per line.
        observation.ValueString = Text(value);
    }

    private static Quantity Quantity(FhirDecimal number, Hl7Element units, MappingContext context)
    {
        var quantity = new Quantity { Value = number };
        var unit = units.Repetition(1);
        var code = unit.Component(1);
        var text = unit.Component(2);
        if (text.HasValue)
        {
            quantity.Unit = text.ToString();
        }
        else if (code.HasValue)
        {
            quantity.Unit = code.ToString();
        }

        // A unit code needs its system (qty-3): only UCUM units are coded.
        if (code.HasValue && context.Profile.CodingSystems?.Find(unit.Component(3).Raw) is { Code: Ucum })
        {
            quantity.System = Ucum;
            quantity.Code = code.ToString();
        }

        return quantity;
    }

    private static string Text(Hl7Element value)
    {
        var count = value.RepetitionCount;
        if (count == 1)
        {
            return value.Repetition(1).ToString();
        }

        var lines = new string[count];
        for (var r = 1; r <= count; r++)
        {
            lines[r - 1] = value.Repetition(r).ToString();
        }

        return string.Join('\n', lines);
    }
}
