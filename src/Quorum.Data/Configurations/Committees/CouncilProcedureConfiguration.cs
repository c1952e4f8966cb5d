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
        // One version per day: a second change the same day is a new version's mistake, corrected by the next.
        builder.HasIndex(p => new { p.CouncilId, p.EffectiveFrom }).IsUnique();
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
