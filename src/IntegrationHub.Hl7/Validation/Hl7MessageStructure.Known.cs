using System.Collections.Frozen;

namespace IntegrationHub.Hl7;

public sealed partial class Hl7MessageStructure
{
    private const string ProcedureGroup = "[{ PR1 [{ROL}] }]";
    private const string InsuranceGroup = "[{ IN1 [IN2] [{IN3}] [{ROL}] }]";
    private const string PatientOrder = "[ PID [PD1] [{NTE}] [{AL1}] [ PV1 [PV2] ] [{ IN1 [IN2] [IN3] }] [GT1] [{AL1}] ]";
    private const string Timing = "[{ TQ1 [{TQ2}] }]";
    private const string OrderDetail = "[ RXO [{NTE}] {RXR} [ {RXC} [{NTE}] ] ]";
    private const string Encoding = "[ RXE [{NTE}] [{ TQ1 [{TQ2}] }] {RXR} [{RXC}] ]";
    private const string Observation = "[{ OBX [{NTE}] }]";

    private static readonly FrozenDictionary<string, Hl7MessageStructure> Known = new Dictionary<string, Hl7MessageStructure>
    {
        ["ADT_A01"] = new("ADT_A01", $"MSH [{{SFT}}] EVN PID [PD1] [{{ROL}}] [{{NK1}}] PV1 [PV2] [{{ROL}}] [{{DB1}}] [{{OBX}}] [{{AL1}}] [{{DG1}}] [DRG] {ProcedureGroup} [{{GT1}}] {InsuranceGroup} [ACC] [UB1] [UB2] [PDA]"),
        ["ADT_A02"] = new("ADT_A02", "MSH [{SFT}] EVN PID [PD1] [{ROL}] PV1 [PV2] [{ROL}] [{DB1}] [{OBX}] [PDA]"),
        ["ADT_A03"] = new("ADT_A03", $"MSH [{{SFT}}] EVN PID [PD1] [{{ROL}}] [{{NK1}}] PV1 [PV2] [{{ROL}}] [{{DB1}}] [{{AL1}}] [{{DG1}}] [DRG] {ProcedureGroup} [{{OBX}}] [{{GT1}}] {InsuranceGroup} [ACC] [PDA]"),
        ["ADT_A39"] = new("ADT_A39", "MSH [{SFT}] EVN { PID [PD1] MRG [PV1] }"),
        ["RDE_O11"] = new("RDE_O11", $"MSH [{{SFT}}] [{{NTE}}] {PatientOrder} {{ ORC {Timing} {OrderDetail} RXE [{{NTE}}] [{{ TQ1 [{{TQ2}}] }}] {{RXR}} [{{RXC}}] {Observation} [{{FT1}}] [BLG] [{{CTI}}] }}"),
        ["RDS_O13"] = new("RDS_O13", $"MSH [{{SFT}}] [{{NTE}}] {PatientOrder} {{ ORC {Timing} {OrderDetail} {Encoding} RXD [{{NTE}}] {{RXR}} [{{RXC}}] {Observation} [{{FT1}}] }}"),
        ["RAS_O17"] = new("RAS_O17", $"MSH [{{SFT}}] [{{NTE}}] {PatientOrder} {{ ORC {Timing} {OrderDetail} {Encoding} {{ {{RXA}} RXR {Observation} }} [{{CTI}}] }}"),
        ["OMP_O09"] = new("OMP_O09", $"MSH [{{SFT}}] [{{NTE}}] {PatientOrder} {{ ORC {Timing} RXO [{{NTE}}] {{RXR}} [{{ RXC [{{NTE}}] }}] {Observation} [{{FT1}}] [BLG] }}"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByEvent = new Dictionary<string, string>
    {
        ["ADT^A01"] = "ADT_A01",
        ["ADT^A04"] = "ADT_A01",
        ["ADT^A08"] = "ADT_A01",
        ["ADT^A13"] = "ADT_A01",
        ["ADT^A02"] = "ADT_A02",
        ["ADT^A03"] = "ADT_A03",
        ["ADT^A39"] = "ADT_A39",
        ["ADT^A40"] = "ADT_A39",
        ["ADT^A41"] = "ADT_A39",
        ["ADT^A42"] = "ADT_A39",
        ["RDE^O11"] = "RDE_O11",
        ["RDS^O13"] = "RDS_O13",
        ["RAS^O17"] = "RAS_O17",
        ["OMP^O09"] = "OMP_O09",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
