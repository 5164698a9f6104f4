"""Shops/streamers with their confirmed-violation history and risk tier."""
from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from review_ui.crud import shops as shops_crud
from review_ui.deps import ReviewerUser, SessionDep

router = APIRouter()


@router.get("/shops")
def shops(request: Request, session: SessionDep, _user: ReviewerUser) -> Response:
    tier_order = {tier: i for i, tier in enumerate(shops_crud.TIERS)}
    risks = sorted(shops_crud.shop_risks(session).values(),
                   key=lambda r: (tier_order[r.tier], -r.confirmed, r.shop))
    return request.app.state.templates.TemplateResponse(request, "shops.html", {
        "risks": risks, "window_days": shops_crud.WINDOW_DAYS})


# `:path`: shop names may contain "/" (the links quote everything else).
@router.get("/shops/{shop:path}")
def shop(request: Request, session: SessionDep, _user: ReviewerUser, shop: str) -> Response:
    risk = shops_crud.shop_risks(session, [shop]).get(shop)
    if risk is None:
        t = request.app.state.templates.env.globals["t"]
        raise HTTPException(404, t("error.no_shop"))
    return request.app.state.templates.TemplateResponse(request, "shop.html", {
        "risk": risk, "history": shops_crud.shop_history(session, shop),
        "streams": shops_crud.shop_streams(session, shop), "window_days": shops_crud.WINDOW_DAYS})
