import { Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { Country, Topic } from "../entities";
import { listCost } from "./complexity";

@Resolver()
export class ReferenceResolver {
  @Query(() => [Country], { description: "Every ISO 3166-1 country, by code.", complexity: listCost(250) })
  countries(@Ctx() ctx: AppContext): Country[] {
    return ctx.services.reference.countries;
  }

  @Query(() => [Topic], { description: "Every topic: the 17 IPTC top-level Media Topics and any subtopics.", complexity: listCost(100) })
  topics(@Ctx() ctx: AppContext): Topic[] {
    return ctx.services.reference.topics;
  }
}
