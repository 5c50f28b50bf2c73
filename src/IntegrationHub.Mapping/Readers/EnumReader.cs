using System.Text;
using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// A v2 code as a FHIR required-binding code: through the vocabulary when there is one, else the v2
/// text must already be the FHIR code. Codes are checked against the enum at load time.
/// </summary>
internal sealed class EnumReader<TEnum> : ValueReader<TEnum>
    where TEnum : struct, Enum
{
    private readonly (byte[] Key, TEnum Value)[] _table;
    private readonly string _tableName;

    public EnumReader(Vocabulary? vocabulary, MapProblems problems)
    {
        var table = new List<(byte[], TEnum)>();
        if (vocabulary is null)
        {
            foreach (var member in Enum.GetValues<TEnum>())
            {
                table.Add((Encoding.UTF8.GetBytes(FhirCode.ToCode(member)), member));
            }

            _tableName = typeof(TEnum).Name;
        }
        else
        {
            foreach (var entry in vocabulary.Entries)
            {
                if (FhirCode.TryParse<TEnum>(entry.Code, out var member))
                {
                    table.Add((entry.Key, member));
                }
                else
                {
                    problems.Add(entry.Row, $"unknown vocabulary code '{entry.Code}': not a code of {typeof(TEnum).Name}");
                }
            }

            _tableName = vocabulary.Name;
        }

        _table = [.. table];
    }

    public override bool TryRead(Hl7Element value, MappingContext context, out TEnum result)
    {
        var leaf = Leaf(value);
        if (!leaf.HasValue)
        {
            result = default;
            return false;
        }

        foreach (var (key, member) in _table)
        {
            if (leaf.Raw.SequenceEqual(key))
            {
                result = member;
                return true;
            }
        }

        context.Warn(Hl7ErrorCode.TableValueNotFound, $"Code '{leaf.ToString()}' is not in {_tableName}; the element is left out.");
        result = default;
        return false;
    }
}
