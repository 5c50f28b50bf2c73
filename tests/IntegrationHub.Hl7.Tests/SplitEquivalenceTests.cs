using System.Text;

namespace IntegrationHub.Hl7.Tests;

/// <summary>
/// The vectorised n-th delimiter search must agree with <c>string.Split</c> for every position, including
/// separators that straddle 16- and 32-byte vector blocks.
/// </summary>
public class SplitEquivalenceTests
{
    [Fact]
    public void FieldsComponentsAndRepetitionsMatchStringSplit()
    {
        var random = new Random(42);
        for (int trial = 0; trial < 2000; trial++)
        {
            var builder = new StringBuilder("ZZ1");
            int fields = random.Next(0, 70);
            for (int f = 0; f < fields; f++)
            {
                builder.Append('|');
                int length = random.Next(0, 80);
                for (int k = 0; k < length; k++)
                {
                    builder.Append(random.Next(10) switch
                    {
                        0 => '^',
                        1 => '~',
                        2 => '&',
                        _ => (char)('a' + random.Next(26)),
                    });
                }
            }

            string segment = builder.ToString();
            var parsed = new Hl7Segment(Encoding.ASCII.GetBytes(segment), Hl7Delimiters.Default);
            string[] expectedFields = segment.Split('|');
            Assert.Equal(expectedFields.Length - 1, parsed.FieldCount);
            for (int f = 1; f < expectedFields.Length + 2; f++)
            {
                string expectedField = f < expectedFields.Length ? expectedFields[f] : string.Empty;
                var field = parsed.Field(f);
                Assert.Equal(expectedField, Encoding.ASCII.GetString(field.Raw));
                string[] repetitions = expectedField.Split('~');
                for (int r = 1; r <= repetitions.Length + 1; r++)
                {
                    string expectedRepetition = r <= repetitions.Length ? repetitions[r - 1] : string.Empty;
                    var repetition = field.Repetition(r);
                    Assert.Equal(expectedRepetition, Encoding.ASCII.GetString(repetition.Raw));
                    string[] components = expectedRepetition.Split('^');
                    for (int c = 1; c <= components.Length + 1; c++)
                    {
                        string expectedComponent = c <= components.Length ? components[c - 1] : string.Empty;
                        Assert.Equal(expectedComponent, Encoding.ASCII.GetString(repetition.Component(c).Raw));
                        string[] subs = expectedComponent.Split('&');
                        int s = random.Next(1, subs.Length + 2);
                        Assert.Equal(s <= subs.Length ? subs[s - 1] : string.Empty, Encoding.ASCII.GetString(repetition.Component(c).SubComponent(s).Raw));
                    }
                }
            }
        }
    }
}
