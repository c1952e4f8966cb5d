using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;

namespace Quorum.Data.Configurations.Committees;

internal sealed class CouncilProcedureConfiguration : IEntityTypeConfiguration<CouncilProcedure>
{
    public void Configure(EntityTypeBuilder<CouncilProcedure> builder)
    {
        builder.ToTable("CouncilProcedures");
        builder.HasOne<Council>().WithMany().HasForeignKey(p => p.CouncilId).OnDelete(DeleteBehavior.Cascade);
        // Not unique: a second change for the same day is saved as a later version, which wins (CouncilRulebooks).
        builder.HasIndex(p => new { p.CouncilId, p.EffectiveFrom });
        builder.Property(p => p.MinuteRestart).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.CommitteeRules).HasMaxLength(CouncilProcedure.MaxNameLength);
        builder.Property(p => p.ExecutiveRules).HasMaxLength(CouncilProcedure.MaxNameLength);
        builder.Property(p => p.QuestionsRule).HasMaxLength(CouncilProcedure.MaxRuleLength);
        builder.Property(p => p.PetitionsRule).HasMaxLength(CouncilProcedure.MaxRuleLength);
        builder.Property(p => p.DeputationsRule).HasMaxLength(CouncilProcedure.MaxRuleLength);
        builder.Property(p => p.ConstitutionPart).HasMaxLength(CouncilProcedure.MaxNameLength);
        builder.Ignore(p => p.StandingOrders);
    }
}
